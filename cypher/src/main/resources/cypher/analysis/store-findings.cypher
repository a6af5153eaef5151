// Stores findings of a run: one Finding per stable key (firstSeen kept from the first run that
// found it), FOUND from the run, ABOUT to the subject when the subject is in the graph.
// Parameters: $run (the AnalysisRun id), $now, $rows (maps with key, rule, severity, subject,
//   subjectName, tenant, pathJson, evidenceJson, ownerKey, ownerName, ownerStatus, ownerVia,
//   remediation, standards).
// Columns: key, firstSeen (the first run that found it).
// Null: ownerKey and ownerName null mean no accountable owner is known.
UNWIND $rows AS row
MERGE (f:Finding {key: row.key})
  ON CREATE SET f.firstSeen = $now
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
