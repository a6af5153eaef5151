// Every finding of one analysis run, in a compact form for the evidence pack, by rule then key,
// as that run saw it (the snapshot on its FOUND when a later run changed the finding).
// Parameters: $run (the AnalysisRun id).
// Columns: key, rule, severity, subject (the subject's key), subjectName, tenant, ownerKey,
//   ownerName, ownerStatus, standards (list of NIST CSF 2.0 and OWASP NHI ids).
// Null: a null subjectName, ownerKey or ownerName means none is known; a null tenant, unknown.
//   No row for an unknown run or a run without findings.
MATCH (:AnalysisRun {id: $run})-[found:FOUND]->(f:Finding)
WITH f, CASE WHEN found.snapshot THEN found ELSE f END AS seen
RETURN f.key AS key,
       f.rule AS rule,
       seen.severity AS severity,
       seen.subject AS subject,
       seen.subjectName AS subjectName,
       seen.tenant AS tenant,
       seen.ownerKey AS ownerKey,
       seen.ownerName AS ownerName,
       seen.ownerStatus AS ownerStatus,
       seen.standards AS standards
ORDER BY rule, key
