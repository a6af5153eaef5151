// Records the start of an ingest run as an IngestRun node with status running. Fails on the
// ingest_run_id constraint when the run id is already used.
// Parameters: $run (run id), $source, $now (start, datetime), $inputs (list of input paths),
//   $contentHash (SHA-256 of the input files, hex), $inputHashes (list of each file's SHA-256 as
//   sha256sum lines: hash, two spaces, the file's path in the bundle).
// Columns: none; read the summary counters.
// Null: a null value leaves the property unset (unknown).
CREATE (ir:IngestRun {id: $run})
SET ir.source = $source,
    ir.status = 'running',
    ir.startedAt = $now,
    ir.inputs = $inputs,
    ir.contentHash = $contentHash,
    ir.inputHashes = $inputHashes
