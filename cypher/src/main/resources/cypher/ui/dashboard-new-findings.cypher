// The findings an analysis run found for the first time (their firstSeen is the run's instant),
// most severe first: what changed since the runs before it.
// Parameters: $run (the AnalysisRun id), $limit (int, how many findings to list).
// Columns: total (int: every new finding of the run), findings (list of maps with key, rule,
//   severity, subjectName, tenant; at most $limit of them).
// Null: subjectName and tenant are null when the rule names none; no run with that id gives total 0.
OPTIONAL MATCH (ar:AnalysisRun {id: $run})-[:FOUND]->(f:Finding)
WHERE f.firstSeen = ar.startedAt
WITH f
ORDER BY CASE f.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, f.rule, f.key
WITH collect(f) AS found
RETURN size(found) AS total,
       [f IN found[0..$limit] | {key: f.key, rule: f.rule, severity: f.severity, subjectName: f.subjectName,
                                 tenant: f.tenant}] AS findings
