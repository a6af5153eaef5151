// The remediation plan stored on an analysis run: $run, or the latest succeeded one (finishedAt,
// then id, newest) when $run is null.
// Parameters: $run (the AnalysisRun id, or null).
// Columns: run (the run's id), planJson (the plan as the JSON report's plan object).
// Null: no row when there is no such run; planJson is null for a failed run or a run stored
//   before plans were stored.
MATCH (ar:AnalysisRun)
WHERE ($run IS NULL AND ar.status = 'succeeded') OR ar.id = $run
WITH ar
ORDER BY ar.finishedAt DESC, ar.id DESC
LIMIT 1
RETURN ar.id AS run,
       ar.planJson AS planJson
