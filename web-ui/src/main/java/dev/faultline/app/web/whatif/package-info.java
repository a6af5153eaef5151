/**
 * The what-if page ({@code /whatif}, analysts): scenarios pasted, uploaded or taken from the
 * examples, run through the same engine as {@code faultline whatif}, one at a time per server.
 */
package dev.faultline.app.web.whatif;
