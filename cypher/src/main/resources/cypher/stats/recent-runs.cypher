// Lists the most recent ingest runs, newest first.
// Parameters: $limit (int, how many runs).
// Columns: id, source, status, startedAt, finishedAt, inputs, contentHash, tenants, rows,
//   nodesWritten, relationshipsWritten, nodesDeleted, relationshipsDeleted, countsJson, error.
// Null: finishedAt and the counts are null while a run is running (or when it died); error is
//   null unless it failed.
MATCH (ir:IngestRun)
WHERE ir.startedAt IS NOT NULL
RETURN ir.id AS id,
       ir.source AS source,
       ir.status AS status,
       ir.startedAt AS startedAt,
       ir.finishedAt AS finishedAt,
       ir.inputs AS inputs,
       ir.contentHash AS contentHash,
       ir.tenants AS tenants,
       ir.rows AS rows,
       ir.nodesWritten AS nodesWritten,
       ir.relationshipsWritten AS relationshipsWritten,
       ir.nodesDeleted AS nodesDeleted,
       ir.relationshipsDeleted AS relationshipsDeleted,
       ir.countsJson AS countsJson,
       ir.error AS error
ORDER BY startedAt DESC, id DESC
LIMIT $limit
