// Records the start of an ingest run as an IngestRun node with status running. Fails on the
// ingest_run_id constraint when the run id is already used.
// Parameters: $run (run id), $source, $now (start, datetime), $inputs (list of input paths),
//   $contentHash (SHA-256 of the input files, hex).
// Columns: none; read the summary counters.
// Null: a null value leaves the property unset (unknown).
CREATE (ir:IngestRun {id: $run})
SET ir.source = $source,
    ir.status = 'running',
    ir.startedAt = $now,
    ir.inputs = $inputs,
    ir.contentHash = $contentHash
