// Links each Exception to its Tenant (IN_TENANT), to the Policy it exempts from (EXEMPTS_FROM), to
// its excluded subject (EXEMPTS), from its owner (OWNS, role owner), and to its requester
// (REQUESTED_BY) and approver (APPROVED_BY).
// Parameters: $rows (exceptions.csv rows: id, tenant, policy, subject, owner, requester,
//   approver), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null owner, requester or approver writes no relationship (nobody is known).
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
  MATCH (p:Entity {key: row.policy})
  MERGE (n)-[r:EXEMPTS_FROM]->(p)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
CALL (row, n) {
  MATCH (s:Entity {key: row.subject})
  MERGE (n)-[r:EXEMPTS]->(s)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
CALL (row, n) {
  WITH * WHERE row.owner IS NOT NULL
  MATCH (o:Entity {key: row.owner})
  MERGE (o)-[r:OWNS {role: 'owner'}]->(n)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
CALL (row, n) {
  WITH * WHERE row.requester IS NOT NULL
  MATCH (q:Entity {key: row.requester})
  MERGE (n)-[r:REQUESTED_BY]->(q)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
CALL (row, n) {
  WITH * WHERE row.approver IS NOT NULL
  MATCH (a:Entity {key: row.approver})
  MERGE (n)-[r:APPROVED_BY]->(a)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
