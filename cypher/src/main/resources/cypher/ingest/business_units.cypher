// Writes BusinessUnit nodes from business_units.csv: one MERGE per row on its key. A business
// unit is scoped by its organization (tenant = the organization's key).
// Parameters: $rows (list of maps with keys id, name, organization), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown).
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:BusinessUnit,
    n.source = $source,
    n.tenant = row.organization,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.name = row.name
