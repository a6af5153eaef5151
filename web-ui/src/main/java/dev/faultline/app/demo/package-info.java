/**
 * The demo enterprise of {@code faultline demo} (and of the browser tests): a merged enterprise
 * generated from a fixed seed, a late-arriving hostile identity, two analyses.
 */
package dev.faultline.app.demo;
