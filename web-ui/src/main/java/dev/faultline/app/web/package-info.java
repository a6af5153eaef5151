/**
 * The web UI and HTTP endpoints: the shared page model ({@link dev.faultline.app.web.PageModel}:
 * navigation, signed-in user, CSRF token), the sign-in page, and one sub-package per page.
 */
package dev.faultline.app.web;
