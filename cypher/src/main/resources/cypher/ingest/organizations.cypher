// Writes Organization nodes from organizations.csv: one MERGE per row on its key. An organization
// is its own tenant scope (tenant = its key).
// Parameters: $rows (list of maps with keys id, name), $source, $run (ingest run id), $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown).
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:Organization,
    n.source = $source,
    n.tenant = row.id,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.name = row.name
