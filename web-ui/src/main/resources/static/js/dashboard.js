// The dashboard's trend chart: organization risk score and findings per analysis run, from the
// JSON in the canvas's data-trend attribute (no inline script: the Content-Security-Policy forbids it).
(function () {
  'use strict';
  function draw() {
    var canvas = document.getElementById('trend-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var trend = JSON.parse(canvas.dataset.trend);
    canvas.chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: trend.labels,
        datasets: [
          { label: 'Organization risk score', data: trend.score, yAxisID: 'score',
            borderColor: '#8b0000', backgroundColor: '#8b0000', borderWidth: 3, pointRadius: 4 },
          { label: 'Findings', data: trend.findings, yAxisID: 'findings',
            borderColor: '#0b3d91', backgroundColor: '#0b3d91', borderWidth: 2, borderDash: [6, 4], pointRadius: 4 }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          score: { type: 'linear', position: 'left', min: 0, max: 100, title: { display: true, text: 'Score' } },
          findings: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
            title: { display: true, text: 'Findings' } }
        },
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } }
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
