// Writes System nodes from systems.csv: one MERGE per row on its key.
// Parameters: $rows (list of maps with keys id, tenant, name, kind, criticality, requires_mfa),
//   $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown).
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:System,
    n.source = $source,
    n.tenant = row.tenant,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.name = row.name,
    n.kind = row.kind,
    n.criticality = row.criticality,
    n.requiresMfa = row.requires_mfa
