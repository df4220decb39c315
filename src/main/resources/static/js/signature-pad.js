// The customer signs with a finger (or mouse) on the delivery sheet; the drawing goes with the form as a PNG data URL.
(function () {
  function setUp(form) {
    if (form.dataset.padReady) { return; }
    form.dataset.padReady = 'true';
    var canvas = form.querySelector('canvas.signature-pad');
    var field = form.querySelector('input[name="signature"]');
    var context = canvas.getContext('2d');
    var drawing = false;
    var drawn = false;
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.strokeStyle = '#111';

    function point(event) {
      var box = canvas.getBoundingClientRect();
      return {
        x: (event.clientX - box.left) * canvas.width / box.width,
        y: (event.clientY - box.top) * canvas.height / box.height
      };
    }
    canvas.style.touchAction = 'none';
    canvas.addEventListener('pointerdown', function (event) {
      drawing = true;
      var p = point(event);
      context.beginPath();
      context.moveTo(p.x, p.y);
      canvas.setPointerCapture(event.pointerId);
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drawing) { return; }
      var p = point(event);
      context.lineTo(p.x, p.y);
      context.stroke();
      drawn = true;
    });
    ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (name) {
      canvas.addEventListener(name, function () { drawing = false; });
    });
    form.querySelector('#signature-clear').addEventListener('click', function () {
      context.clearRect(0, 0, canvas.width, canvas.height);
      drawn = false;
    });
    form.addEventListener('submit', function () {
      field.value = drawn ? canvas.toDataURL('image/png') : '';
    });
  }
  function setUpWithin(root) {
    if (root.matches && root.matches('form.signature-form')) { setUp(root); }
    if (root.querySelectorAll) { root.querySelectorAll('form.signature-form').forEach(setUp); }
  }
  // also forms htmx swaps in later (ticking a checklist item re-renders parts of the sheet)
  setUpWithin(document);
  if (window.htmx) {
    window.htmx.onLoad(setUpWithin);
  }
})();
