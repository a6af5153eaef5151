// Links each RecoveryPath to its Tenant (IN_TENANT), to the target whose credentials it resets
// (RECOVERS), and from the actor who can use it (CAN_INITIATE).
// Parameters: $rows (recovery_paths.csv rows: id, tenant, target, actor), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null actor (self-service) writes no CAN_INITIATE.
UNWIND $rows AS row
MATCH (n:Entity {key: row.id})
CALL (row, n) {
  MATCH (t:Entity {key: row.tenant})
  MERGE (n)-[r:IN_TENANT]->(t)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
CALL (row, n) {
  MATCH (g:Entity {key: row.target})
  MERGE (n)-[r:RECOVERS]->(g)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
CALL (row, n) {
  WITH * WHERE row.actor IS NOT NULL
  MATCH (a:Entity {key: row.actor})
  MERGE (a)-[r:CAN_INITIATE]->(n)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
