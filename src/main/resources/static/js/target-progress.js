// sales plan progress: the selected node's twelve months as bars, target next to actual (data-chart: months, targets,
// actuals — null for months not begun; series names in data-target / data-actual); follows the window's size.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('progress-chart');
  if (!el || !window.echarts) {
    return;
  }
  var data = JSON.parse(el.getAttribute('data-chart'));
  var number = function (v) { return v === null || v === undefined ? null : Number(v); };
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 12, top: 32, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [el.getAttribute('data-target'), el.getAttribute('data-actual')] },
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value' },
    color: ['#adb5bd', '#0d6efd'],
    series: [
      { name: el.getAttribute('data-target'), type: 'bar', barMaxWidth: 18, data: data.targets.map(number) },
      { name: el.getAttribute('data-actual'), type: 'bar', barMaxWidth: 18, data: data.actuals.map(number) }
    ]
  });
  window.addEventListener('resize', function () {
    chart.resize();
  });
});
