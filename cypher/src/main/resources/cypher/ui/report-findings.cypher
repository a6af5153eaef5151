// Every finding of one analysis run, in a compact form for the evidence pack, by rule then key.
// Parameters: $run (the AnalysisRun id).
// Columns: key, rule, severity, subject (the subject's key), subjectName, tenant, ownerKey,
//   ownerName, ownerStatus, standards (list of NIST CSF 2.0 and OWASP NHI ids).
// Null: a null subjectName, ownerKey or ownerName means none is known; a null tenant, unknown.
//   No row for an unknown run or a run without findings.
MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding)
RETURN f.key AS key,
       f.rule AS rule,
       f.severity AS severity,
       f.subject AS subject,
       f.subjectName AS subjectName,
       f.tenant AS tenant,
       f.ownerKey AS ownerKey,
       f.ownerName AS ownerName,
       f.ownerStatus AS ownerStatus,
       f.standards AS standards
ORDER BY rule, key
