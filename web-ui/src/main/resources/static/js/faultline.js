// Every page: htmx requests carry the CSRF token that the layout puts in <meta> tags, so later
// htmx forms and buttons (hx-post, hx-delete...) pass Spring Security's CSRF check.
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
