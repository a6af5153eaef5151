/**
 * Ingest as a service: one "validate and load" sequence ({@link dev.faultline.app.ingest.Ingestion})
 * for {@code faultline ingest} and the server's Ingest page, one wording of its failures
 * ({@link dev.faultline.app.ingest.IngestFailure}), and the server's background uploads and
 * analyses, one at a time, with their progress.
 */
package dev.faultline.app.ingest;
