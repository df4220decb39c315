// stock: draws the stock-age buckets from the page's data-chart (name, value, href, cost when visible) as bars;
// a click on a bar with a link opens it (the stock list filtered to the bucket); the chart follows the window's size.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('ageing-chart');
  if (!el || !window.echarts) {
    return;
  }
  var data = JSON.parse(el.getAttribute('data-chart'));
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    grid: { left: 36, right: 12, top: 16, bottom: 28 },
    tooltip: {
      trigger: 'item',
      formatter: function (p) {
        return p.data.cost === undefined ? p.name + ': ' + p.value
          : p.name + ': ' + p.value + '<br>¥' + Number(p.data.cost).toLocaleString();
      }
    },
    xAxis: { type: 'category', axisLabel: { interval: 0 }, data: data.map(function (d) { return d.name; }) },
    yAxis: { type: 'value', minInterval: 1 },
    color: ['#0d6efd'],
    series: [{
      type: 'bar', barMaxWidth: 48, label: { show: true, position: 'top' },
      data: data.map(function (d, i) {
        return { value: d.value, cost: d.cost, href: d.href,
          itemStyle: { color: ['#20c997', '#0d6efd', '#ffc107', '#dc3545'][i] } };
      })
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
