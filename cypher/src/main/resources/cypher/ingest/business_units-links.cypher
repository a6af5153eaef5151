// Links each BusinessUnit to its Organization (PART_OF).
// Parameters: $rows (business_units.csv rows: id, organization), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a row whose business unit or organization node does not exist writes nothing.
UNWIND $rows AS row
MATCH (n:Entity {key: row.id})
MATCH (o:Entity {key: row.organization})
MERGE (n)-[r:PART_OF]->(o)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run
