// quote form: the loan fields only matter when financing is chosen.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('quote-form');
  var finance = document.getElementById('finance-fields');
  if (!form || !finance) {
    return;
  }
  function toggle() {
    var chosen = form.querySelector('input[name="paymentMethod"]:checked');
    finance.hidden = !(chosen && chosen.value === 'FINANCE');
  }
  form.addEventListener('change', toggle);
  toggle();
});

// quote form: only the packages of the chosen trim's model are offered; a hidden one is not ordered by mistake.
document.addEventListener('DOMContentLoaded', function () {
  var trim = document.getElementById('trimId');
  if (!trim) {
    return;
  }
  function offer() {
    var chosen = trim.options[trim.selectedIndex];
    var model = chosen ? chosen.getAttribute('data-model') : null;
    document.querySelectorAll('.package-group').forEach(function (group) {
      var fits = !model || group.getAttribute('data-model') === model;
      group.hidden = !fits;
      if (!fits) {
        group.querySelectorAll('input[type="checkbox"]').forEach(function (box) { box.checked = false; });
      }
    });
  }
  trim.addEventListener('change', offer);
  offer();
});
