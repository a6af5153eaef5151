// Writes MEMBER_OF relationships from memberships.csv: an Identity or Group is a member of a Group.
// Parameters: $rows (list of maps with keys member, group), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a row whose member or group node does not exist writes nothing.
UNWIND $rows AS row
MATCH (m:Entity {key: row.member})
MATCH (g:Entity {key: row.group})
MERGE (m)-[r:MEMBER_OF]->(g)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run
