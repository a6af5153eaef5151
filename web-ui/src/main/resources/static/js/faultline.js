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
  // A session that expired under an open page: the server answers htmx requests 401 with
  // HX-Redirect (htmx follows it); should a 401 come without it, go to the sign-in page all the same.
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 401) {
      window.location.assign('/login?expired');
    }
  });
})();
