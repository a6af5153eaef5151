// The stored paths of some findings of one analysis run, for the evidence pack.
// Parameters: $run (the AnalysisRun id), $keys (list of finding keys).
// Columns: key, pathJson (the ordered hops as JSON, weak links marked).
// Null: a key that is not a finding of the run has no row; pathJson is as the last run that found
//   the finding stored it.
MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding)
WHERE f.key IN $keys
RETURN f.key AS key,
       f.pathJson AS pathJson
ORDER BY key
