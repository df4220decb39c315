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
