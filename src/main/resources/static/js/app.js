// Small glue only: send the CSRF token with every htmx request.
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (window.htmx && token && header) {
    document.body.addEventListener('htmx:configRequest', function (event) {
      event.detail.headers[header.content] = token.content;
    });
  }
});
