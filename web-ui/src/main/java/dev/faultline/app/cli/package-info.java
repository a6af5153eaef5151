/** The {@code faultline} command line: ingest, stats, generate, reset, serve. */
package dev.faultline.app.cli;
