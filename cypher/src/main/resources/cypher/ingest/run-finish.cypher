// Records the end of an ingest run: its status, end time and counts.
// Parameters: $run (run id), $status (succeeded or failed), $now (end, datetime), $tenants (list
//   of the tenant and organization keys its rows name), $rows (int, rows read), $nodesWritten,
//   $relationshipsWritten, $nodesDeleted, $relationshipsDeleted (ints), $countsJson (rows per
//   file as a JSON object), $error (message of a failed run).
// Columns: id; no row when no run has that id.
// Null: a null value removes the property (e.g. $error on success; counts of a step not reached).
MATCH (ir:IngestRun {id: $run})
SET ir.status = $status,
    ir.finishedAt = $now,
    ir.tenants = $tenants,
    ir.rows = $rows,
    ir.nodesWritten = $nodesWritten,
    ir.relationshipsWritten = $relationshipsWritten,
    ir.nodesDeleted = $nodesDeleted,
    ir.relationshipsDeleted = $relationshipsDeleted,
    ir.countsJson = $countsJson,
    ir.error = $error
RETURN ir.id AS id
