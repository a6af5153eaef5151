// The ingest runs an analysis run saw, with their inputs and the inputs' SHA-256, for the
// evidence pack.
// Parameters: $ingestRuns (list of IngestRun ids).
// Columns: id, source, status, startedAt, finishedAt, inputs (list of paths), contentHash (SHA-256
//   over the input files), inputHashes (list of sha256sum lines, one per file), tenants (the
//   cleanup scopes), rows.
// Null: an id with no IngestRun has no row; inputHashes is null for a run stored before they
//   were; finishedAt and rows are null for a run that never finished.
MATCH (ir:IngestRun)
WHERE ir.id IN $ingestRuns
RETURN ir.id AS id,
       ir.source AS source,
       ir.status AS status,
       ir.startedAt AS startedAt,
       ir.finishedAt AS finishedAt,
       ir.inputs AS inputs,
       ir.contentHash AS contentHash,
       ir.inputHashes AS inputHashes,
       ir.tenants AS tenants,
       ir.rows AS rows
ORDER BY startedAt, id
