// Links each Generic node to its Tenant (IN_TENANT).
// Parameters: $rows (generic_nodes.csv rows: id, tenant), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a row whose Generic or tenant node does not exist writes nothing.
UNWIND $rows AS row
MATCH (n:Entity {key: row.id})
MATCH (t:Entity {key: row.tenant})
MERGE (n)-[r:IN_TENANT]->(t)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run
