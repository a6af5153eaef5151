/**
 * The Faultline bundle, version 1 ({@code docs/bundle-format.md}): opening a bundle directory or
 * {@code .zip} ({@link dev.faultline.ingest.bundle.Bundle}), its declarative schema
 * ({@link dev.faultline.ingest.bundle.BundleSchema}), whole-bundle validation that reports every error
 * before anything is written ({@link dev.faultline.ingest.bundle.BundleValidator}) and streaming of
 * typed rows in batches ({@link dev.faultline.ingest.bundle.BundleReader}).
 *
 * <p>Plain Java: no Spring, no Neo4j driver. Keys already in the database are resolved through the
 * {@link dev.faultline.ingest.bundle.KeyLookup} port.
 */
package dev.faultline.ingest.bundle;
