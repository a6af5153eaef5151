// Stores findings of a run: one Finding per stable key (firstSeen kept from the first run that
// found it), FOUND from the run, ABOUT to the subject when the subject is in the graph.
// A run's view of a finding must not change when a later run finds it changed: before a Finding's
// fields are overwritten with different ones (contentHash differs), the FOUND of every earlier run
// that has no snapshot yet gets a copy of the fields it saw and snapshot = true. Unchanged findings
// copy nothing, so history costs space only where findings change.
// Parameters: $run (the AnalysisRun id), $now, $rows (maps with key, rule, severity, subject,
//   subjectName, tenant, pathJson, evidenceJson, ownerKey, ownerName, ownerStatus, ownerVia,
//   remediation, standards, contentHash (SHA-256 of the other fields but the key)).
// Columns: key, firstSeen (the first run that found it).
// Null: ownerKey and ownerName null mean no accountable owner is known.
UNWIND $rows AS row
MERGE (f:Finding {key: row.key})
  ON CREATE SET f.firstSeen = $now
WITH f, row
CALL (f, row) {
  WITH f, row
  WHERE f.rule IS NOT NULL AND (f.contentHash IS NULL OR f.contentHash <> row.contentHash)
  MATCH (earlier:AnalysisRun)-[seen:FOUND]->(f)
  WHERE earlier.id <> $run AND seen.snapshot IS NULL
  SET seen += f {.severity, .subject, .subjectName, .tenant, .pathJson, .evidenceJson, .ownerKey, .ownerName,
                 .ownerStatus, .ownerVia, .remediation, .standards},
      seen.snapshot = true
}
SET f.rule = row.rule,
    f.severity = row.severity,
    f.subject = row.subject,
    f.subjectName = row.subjectName,
    f.tenant = row.tenant,
    f.pathJson = row.pathJson,
    f.evidenceJson = row.evidenceJson,
    f.ownerKey = row.ownerKey,
    f.ownerName = row.ownerName,
    f.ownerStatus = row.ownerStatus,
    f.ownerVia = row.ownerVia,
    f.remediation = row.remediation,
    f.standards = row.standards,
    f.contentHash = row.contentHash,
    f.lastSeen = $now,
    f.lastRun = $run
WITH f, row
MATCH (ar:AnalysisRun {id: $run})
MERGE (ar)-[:FOUND]->(f)
WITH f, row
CALL (f, row) {
  MATCH (s:Entity {key: row.subject})
  MERGE (f)-[:ABOUT]->(s)
}
RETURN f.key AS key, f.firstSeen AS firstSeen
