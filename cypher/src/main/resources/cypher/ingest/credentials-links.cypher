// Links each Credential to its Tenant (IN_TENANT) and from the Identity it belongs to
// (HAS_CREDENTIAL).
// Parameters: $rows (credentials.csv rows: id, tenant, identity), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a missing tenant or identity node writes only the other relationship.
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
  MATCH (i:Entity {key: row.identity})
  MERGE (i)-[r:HAS_CREDENTIAL]->(n)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
