// Writes Group nodes from groups.csv: one MERGE per row on its key.
// Parameters: $rows (list of maps with keys id, tenant, name, kind, synced, privileged,
//   on_prem_sid), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown).
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:Group,
    n.source = $source,
    n.tenant = row.tenant,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.name = row.name,
    n.kind = row.kind,
    n.synced = row.synced,
    n.privileged = row.privileged,
    n.onPremSid = row.on_prem_sid
