/**
 * Writes validated bundles to Neo4j: schema first, nodes before relationships, UNWIND batches of
 * thousands of rows per transaction, an {@code IngestRun} per run, stale data removed only after a
 * run that fully succeeded. The only package of this module that talks to the Neo4j driver.
 */
package dev.faultline.ingest.load;
