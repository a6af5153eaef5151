// Writes CAN_ACCESS relationships from access.csv: an Identity, Group or Role can reach a System.
// One relationship per principal and system; a rerun updates the permission in place.
// Parameters: $rows (list of maps with keys principal, system, permission), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null permission removes the property (unknown); a row whose nodes do not exist writes
//   nothing.
UNWIND $rows AS row
MATCH (p:Entity {key: row.principal})
MATCH (y:Entity {key: row.system})
MERGE (p)-[r:CAN_ACCESS]->(y)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run,
    r.permission = row.permission
