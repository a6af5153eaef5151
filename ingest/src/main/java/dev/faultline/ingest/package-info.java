/** Ingest: reads inputs (Faultline bundles), validates them whole, writes them to Neo4j in batches. */
package dev.faultline.ingest;
