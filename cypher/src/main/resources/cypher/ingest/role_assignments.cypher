// Writes HAS_ROLE relationships from role_assignments.csv: an Identity or Group holds a Role,
// active or eligible (PIM). One relationship per principal and role; a rerun updates assignment
// and scope in place.
// Parameters: $rows (list of maps with keys principal, role, assignment, scope), $source, $run,
//   $now.
// Columns: none; read the summary counters.
// Null: a null scope removes the property (unknown); a row whose nodes do not exist writes nothing.
UNWIND $rows AS row
MATCH (p:Entity {key: row.principal})
MATCH (o:Entity {key: row.role})
MERGE (p)-[r:HAS_ROLE]->(o)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run,
    r.assignment = row.assignment,
    r.scope = row.scope
