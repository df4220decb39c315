// receivables: arrears analysis — a pie of the overdue money by cause and a line of the overdue balance at each
// month-end, both from the figures the page puts in data-chart (name, value); the charts follow the window's size.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  var money = function (v) { return '¥' + Number(v).toLocaleString(); };
  var draw = function (id, option) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    var chart = echarts.init(el);
    chart.setOption(option(JSON.parse(el.getAttribute('data-chart'))));
    window.addEventListener('resize', function () {
      chart.resize();
    });
  };
  draw('arrears-cause-chart', function (data) {
    return {
      animation: false,
      tooltip: { trigger: 'item', formatter: function (p) { return p.name + ': ' + money(p.value) + ' (' + p.percent + '%)'; } },
      color: ['#0d6efd', '#dc3545', '#fd7e14', '#ffc107', '#6f42c1', '#20c997', '#adb5bd'],
      series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}' }, data: data }]
    };
  });
  draw('arrears-trend-chart', function (data) {
    return {
      animation: false,
      grid: { left: 64, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: 'axis', valueFormatter: money },
      xAxis: { type: 'category', data: data.map(function (d) { return d.name; }) },
      yAxis: { type: 'value' },
      color: ['#dc3545'],
      series: [{ type: 'line', data: data.map(function (d) { return d.value; }) }]
    };
  });
});
