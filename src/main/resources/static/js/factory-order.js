// factory order page: a locked order shows the lines it orders; the switch shows the lines at zero too.
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.getElementById('show-zero-lines');
  if (!toggle) {
    return;
  }
  toggle.addEventListener('change', function () {
    document.querySelectorAll('#lines-table tr.zero-line').forEach(function (row) {
      row.classList.toggle('d-none', !toggle.checked);
    });
  });
});
