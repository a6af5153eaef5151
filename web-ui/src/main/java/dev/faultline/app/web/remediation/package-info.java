/**
 * The remediation page ({@code /remediation}): the minimum-cut plan an analysis run stored, its cuts
 * with the paths each closes, the choke points and the paths no fix can cut, lists capped.
 */
package dev.faultline.app.web.remediation;
