// commission rules: the form shows only the fields the chosen kind uses (each field's wrapper lists its kinds in
// data-kinds); without JavaScript every field stays visible and the server ignores the ones the kind does not use.
document.addEventListener('DOMContentLoaded', function () {
  var kind = document.getElementById('kind');
  if (!kind) {
    return;
  }
  function show() {
    document.querySelectorAll('[data-kinds]').forEach(function (field) {
      field.classList.toggle('d-none', field.getAttribute('data-kinds').split(' ').indexOf(kind.value) < 0);
    });
  }
  kind.addEventListener('change', show);
  show();
});
