// The findings one analysis run found, by key, as that run saw them (the snapshot on its FOUND when
// a later run changed the finding): what a diff of two runs compares.
// Parameters: $run (the AnalysisRun id).
// Columns: key, rule, severity, subject (the subject's key), subjectName, tenant, ownerName,
//   ownerStatus (active, disabled, departed, missing), firstSeen (the first run that found it).
// Null: subjectName and tenant null mean unknown; ownerName null means no owner is known; no row
//   for an unknown run or a run without findings.
MATCH (:AnalysisRun {id: $run})-[found:FOUND]->(f:Finding)
WITH f, CASE WHEN found.snapshot THEN found ELSE f END AS seen
RETURN f.key AS key,
       f.rule AS rule,
       seen.severity AS severity,
       seen.subject AS subject,
       seen.subjectName AS subjectName,
       seen.tenant AS tenant,
       seen.ownerName AS ownerName,
       seen.ownerStatus AS ownerStatus,
       f.firstSeen AS firstSeen
ORDER BY key
