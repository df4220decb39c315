// reports and dashboards: draws every .report-chart from its data-chart (type, labels, series, links) with ECharts;
// a click on a point with a link opens the records behind it; charts follow the window's size.
(function () {
  var PALETTE = ['#0d6efd', '#20c997', '#ffc107', '#dc3545', '#6f42c1', '#fd7e14', '#0dcaf0', '#6c757d'];

  function money(kind) {
    return kind === 'MONEY';
  }

  function formatValue(kind, v) {
    if (v === null || v === undefined) {
      return '—';
    }
    if (kind === 'PERCENT') {
      return Number(v).toFixed(1) + '%';
    }
    if (money(kind)) {
      return '¥' + Number(v).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    return Number(v).toLocaleString();
  }

  // axis labels: 12万 in Chinese, 120k / 1.2M in English
  function shortMoney(v) {
    var chinese = (document.documentElement.lang || 'zh').indexOf('zh') === 0;
    if (chinese) {
      return Math.abs(v) >= 10000 ? (v / 10000) + '万' : v;
    }
    if (Math.abs(v) >= 1000000) {
      return (v / 1000000) + 'M';
    }
    return Math.abs(v) >= 1000 ? (v / 1000) + 'k' : v;
  }

  function option(data) {
    var first = data.series[0] || { values: [], kind: 'COUNT', name: '' };
    if (data.type === 'PIE' || data.type === 'FUNNEL') {
      return {
        animation: false, color: PALETTE,
        tooltip: { trigger: 'item', formatter: function (p) { return p.name + ': ' + formatValue(first.kind, p.value) + ' (' + p.percent + '%)'; } },
        legend: { type: 'scroll', bottom: 0 },
        series: [{
          type: data.type === 'PIE' ? 'pie' : 'funnel', radius: ['35%', '65%'], top: 8, bottom: 36, sort: 'none',
          label: { formatter: '{b}' },
          data: data.labels.map(function (l, i) { return { name: l, value: first.values[i], href: data.links[i] }; })
        }]
      };
    }
    var series = data.series.map(function (s, i) {
      var line = data.type === 'LINE' || (data.type === 'PARETO' && i === 1);
      return {
        name: s.name, type: line ? 'line' : 'bar', barMaxWidth: 40, smooth: false,
        yAxisIndex: data.type === 'PARETO' && i === 1 ? 1 : 0,
        data: s.values.map(function (v, j) { return { value: v, href: data.links[j], kind: s.kind }; })
      };
    });
    var yAxis = [{ type: 'value', minInterval: first.kind === 'COUNT' ? 1 : 0, axisLabel: { formatter: function (v) { return money(first.kind) ? shortMoney(v) : v; } } }];
    if (data.type === 'PARETO') {
      yAxis.push({ type: 'value', max: 100, axisLabel: { formatter: '{value}%' } });
    }
    return {
      animation: false, color: PALETTE,
      grid: { left: 48, right: data.type === 'PARETO' ? 44 : 12, top: 28, bottom: 56 },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'axis',
        formatter: function (ps) {
          return ps.map(function (p) { return p.marker + p.seriesName + ': ' + formatValue(p.data.kind, p.data.value); })
            .join('<br>') + '<br>' + (ps[0] ? ps[0].name : '');
        }
      },
      xAxis: { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: data.labels.length > 6 ? 30 : 0, width: 90, overflow: 'truncate' } },
      yAxis: yAxis,
      series: series
    };
  }

  function draw(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.init(el);
    chart.setOption(option(data));
    chart.on('click', function (p) {
      var href = p.data && p.data.href;
      if (href) {
        window.location.href = href;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('.report-chart[data-chart]').forEach(draw);
  });
})();
