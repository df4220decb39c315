// receipt form: offers the chosen trim's exterior and interior colours as suggestions.
document.addEventListener('DOMContentLoaded', function () {
  var trim = document.getElementById('trimId');
  if (!trim) {
    return;
  }
  function fill(listId, colours) {
    var list = document.getElementById(listId);
    list.innerHTML = '';
    (colours ? colours.split('|') : []).forEach(function (c) {
      var option = document.createElement('option');
      option.value = c;
      list.appendChild(option);
    });
  }
  function offer() {
    var chosen = trim.options[trim.selectedIndex];
    fill('exterior-options', chosen && chosen.getAttribute('data-exterior'));
    fill('interior-options', chosen && chosen.getAttribute('data-interior'));
  }
  trim.addEventListener('change', offer);
  offer();
});
