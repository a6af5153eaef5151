// Writes SAME_AS relationships from identity_links.csv: the same person or workload in two
// tenants (synced points from the on-premises account to the cloud one). Merged per kind.
// Parameters: $rows (list of maps with keys from, to, kind, evidence, confidence, the confidence
//   already defaulted to 1.0), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null evidence removes the property (unknown); a row whose identities do not exist writes
//   nothing.
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
MERGE (a)-[r:SAME_AS {kind: row.kind}]->(b)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run,
    r.evidence = row.evidence,
    r.confidence = row.confidence
