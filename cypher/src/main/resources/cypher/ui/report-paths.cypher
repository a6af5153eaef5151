// The stored paths of some findings of one analysis run, for the evidence pack.
// Parameters: $run (the AnalysisRun id), $keys (list of finding keys).
// Columns: key, pathJson (the ordered hops as JSON, weak links marked).
// Null: a key that is not a finding of the run has no row. pathJson is the path that run found (the
//   snapshot on its FOUND when a later run found another path).
MATCH (:AnalysisRun {id: $run})-[found:FOUND]->(f:Finding)
WHERE f.key IN $keys
RETURN f.key AS key,
       CASE WHEN found.snapshot THEN found.pathJson ELSE f.pathJson END AS pathJson
ORDER BY key
