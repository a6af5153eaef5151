// Writes APPLIES_TO relationships from policy_scope.csv: a Policy covers a Tenant (all its
// identities), Group, Role, Identity or System.
// Parameters: $rows (list of maps with keys policy, target), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a row whose policy or target node does not exist writes nothing.
UNWIND $rows AS row
MATCH (p:Entity {key: row.policy})
MATCH (t:Entity {key: row.target})
MERGE (p)-[r:APPLIES_TO]->(t)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run
