// Links each AuthPath to its Tenant (IN_TENANT), from its subject, an Identity, Group or Tenant
// (HAS_AUTH_PATH), and to the System it reaches (REACHES).
// Parameters: $rows (auth_paths.csv rows: id, tenant, subject, system), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a missing referenced node writes only the other relationships.
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
  MATCH (s:Entity {key: row.subject})
  MERGE (s)-[r:HAS_AUTH_PATH]->(n)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
CALL (row, n) {
  MATCH (y:Entity {key: row.system})
  MERGE (n)-[r:REACHES]->(y)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
