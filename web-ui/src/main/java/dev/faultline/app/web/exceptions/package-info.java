/**
 * The exceptions register page ({@code /exceptions}) and its CSV export ({@code /exceptions.csv}):
 * every MFA exception with its owner's standing, expiry, coverage and findings, filtered and sorted.
 */
package dev.faultline.app.web.exceptions;
