// funnel: draws the sales funnel from the figures the page puts in data-chart (name, value, href per stage);
// a click on a stage opens its records; the chart follows the window's size.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('funnel-chart');
  if (!el || !window.echarts) {
    return;
  }
  var data = JSON.parse(el.getAttribute('data-chart'));
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    color: ['#0d6efd', '#3d8bfd', '#6ea8fe', '#20c997', '#ffc107', '#fd7e14'],
    series: [{
      type: 'funnel', sort: 'none', gap: 2, minSize: '8%', left: '2%', width: '58%', top: 8, bottom: 8,
      label: { show: true, position: 'right', formatter: '{b}  {c}', color: '#212529' },
      labelLine: { length: 12 },
      data: data
    }]
  });
  chart.on('click', function (params) {
    if (params.data && params.data.href) {
      window.location.href = params.data.href;
    }
  });
  window.addEventListener('resize', function () {
    chart.resize();
  });
});
