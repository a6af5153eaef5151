// Links each Group to its Tenant (IN_TENANT).
// Parameters: $rows (groups.csv rows: id, tenant), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a row whose Group or tenant node does not exist writes nothing.
UNWIND $rows AS row
MATCH (n:Entity {key: row.id})
MATCH (t:Entity {key: row.tenant})
MERGE (n)-[r:IN_TENANT]->(t)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run
