// The findings one analysis run found, by key: what a diff of two runs compares.
// Parameters: $run (the AnalysisRun id).
// Columns: key, rule, severity, subject (the subject's key), subjectName, tenant, ownerName,
//   ownerStatus (active, disabled, departed, missing), firstSeen (the first run that found it).
// Null: subjectName and tenant null mean unknown; ownerName null means no owner is known; no row
//   for an unknown run or a run without findings.
MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding)
RETURN f.key AS key,
       f.rule AS rule,
       f.severity AS severity,
       f.subject AS subject,
       f.subjectName AS subjectName,
       f.tenant AS tenant,
       f.ownerName AS ownerName,
       f.ownerStatus AS ownerStatus,
       f.firstSeen AS firstSeen
ORDER BY key
