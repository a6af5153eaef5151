/**
 * Who may use the server: form sign-in, the users from configuration plus {@code admin}, the roles
 * viewer &lt; analyst &lt; admin, and which paths each role reaches ({@link dev.faultline.app.security.AccessRules}).
 */
package dev.faultline.app.security;
