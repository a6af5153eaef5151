// Writes GENERIC_EDGE relationships from generic_edges.csv: an edge of any other model (a
// BloodHound OpenGraph edge and the like) between any two entities. Merged per kind, so two edges
// of different kinds between the same ends stay apart; the kind is kept as written.
// Parameters: $rows (list of maps with keys from, to, kind, properties), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null properties removes propertiesJson (unknown); a row whose ends do not exist writes
//   nothing.
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
MERGE (a)-[r:GENERIC_EDGE {kind: row.kind}]->(b)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run,
    r.propertiesJson = row.properties
