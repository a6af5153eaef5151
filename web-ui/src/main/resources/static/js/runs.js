// The history's trend charts: one line per series (a tenant's risk score, a rule's findings) over
// the succeeded runs, from the JSON in each canvas's data-trend attribute (no inline script: the
// Content-Security-Policy forbids it). The same numbers are in the table under each chart.
(function () {
  'use strict';
  // Distinct, dark enough on white; dashes tell lines apart where colours do not.
  var COLOURS = ['#111111', '#8b0000', '#0b3d91', '#1d4f2a', '#a63c00', '#5b2a86', '#006d75', '#6b5200',
    '#b0004f', '#3d3d3d', '#005a9c', '#7a4f00', '#2f6b00', '#8a2be2'];
  var DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

  function draw(canvas) {
    var trend = JSON.parse(canvas.dataset.trend);
    var axis = { type: 'linear', beginAtZero: true, title: { display: true, text: canvas.dataset.axis } };
    if (canvas.dataset.max) {
      axis.max = Number(canvas.dataset.max);
    }
    canvas.chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: trend.labels,
        datasets: trend.series.map(function (series, i) {
          var colour = COLOURS[i % COLOURS.length];
          return { label: series.label, data: series.points, borderColor: colour, backgroundColor: colour,
            borderWidth: i === 0 ? 3 : 2, borderDash: DASHES[Math.floor(i / COLOURS.length + i) % DASHES.length],
            pointRadius: 3 };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: { y: axis },
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8 } } }
      }
    });
  }

  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-trend]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
