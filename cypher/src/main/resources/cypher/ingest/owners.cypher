// Writes OWNS relationships from owners.csv: an Identity or Group is accountable for any Entity.
// Merged per role, so one owner can be both owner and custodian of the same target.
// Parameters: $rows (list of maps with keys owner, target, role, the role already defaulted to
//   owner), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a row whose owner or target node does not exist writes nothing.
UNWIND $rows AS row
MATCH (o:Entity {key: row.owner})
MATCH (t:Entity {key: row.target})
MERGE (o)-[r:OWNS {role: row.role}]->(t)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run
