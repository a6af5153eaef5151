// The ingest runs that succeeded since the previous analysis run finished (all of them before the
// first analysis): what the next analysis sees that the previous one did not.
// Parameters: none.
// Columns: id, oldest first.
// Null: never null.
OPTIONAL MATCH (previous:AnalysisRun)
WITH max(previous.finishedAt) AS since
MATCH (ir:IngestRun)
WHERE ir.status = 'succeeded' AND (since IS NULL OR ir.finishedAt > since)
RETURN ir.id AS id
ORDER BY ir.startedAt, id
