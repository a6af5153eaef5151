// Links each Identity to its Tenant (IN_TENANT).
// Parameters: $rows (identities.csv rows: id, tenant), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a row whose Identity or tenant node does not exist writes nothing.
UNWIND $rows AS row
MATCH (n:Entity {key: row.id})
MATCH (t:Entity {key: row.tenant})
MERGE (n)-[r:IN_TENANT]->(t)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run
