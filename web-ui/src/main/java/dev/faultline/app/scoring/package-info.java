/**
 * Analysis as a service: one "analyze and store" sequence for {@code faultline analyze} and for
 * the server's scheduled runs (optionally after an ingest, never two at once, a failed run stored
 * as failed), and the webhook that hears of new high and critical findings.
 */
package dev.faultline.app.scoring;
