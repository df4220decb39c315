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

// customers: visits — a button with data-print prints the page (route plan); no inline handlers under the CSP
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-print]')) {
    window.print();
  }
});

// leads: first-contact countdowns — a badge with data-deadline (epoch ms) counts down every second, in the server's
// time (the server-time meta corrects a wrong phone clock), and turns red once the deadline passes
(function () {
  var skew = 0;
  function two(n) { return (n < 10 ? '0' : '') + n; }
  function span(ms) {
    var s = Math.floor(Math.abs(ms) / 1000), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    return (h > 0 ? h + ':' + two(m) : m) + ':' + two(s % 60);
  }
  function tick() {
    document.querySelectorAll('[data-deadline]').forEach(function (badge) {
      var left = Number(badge.dataset.deadline) - (Date.now() + skew);
      var text = badge.querySelector('.first-contact-text');
      var label = left > 0 ? badge.dataset.labelLeft : badge.dataset.labelOver;
      if (text && label) { text.textContent = label.replace('{0}', span(left)); }
      badge.classList.toggle('text-bg-warning', left > 0);
      badge.classList.toggle('text-bg-danger', left <= 0);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var server = document.querySelector('meta[name="server-time"]');
    if (server && Number(server.content) > 0) { skew = Number(server.content) - Date.now(); }
    tick();
    setInterval(tick, 1000);
  });
  document.addEventListener('htmx:afterSwap', tick);
})();

// A button with data-confirm asks before its form is sent (inline handlers are not allowed by the CSP).
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('button[data-confirm]') : null;
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});
