// The remediation plan stored on an analysis run: $run, or the latest succeeded one (finishedAt,
// then id, newest) when $run is null. A run's plan never changes once stored, so a caller that
// holds the plans of some runs already names them in $cached and is not sent their JSON again.
// Parameters: $run (the AnalysisRun id, or null), $cached (run ids whose plan the caller holds; may be empty).
// Columns: run (the run's id), planned (whether the run stored a plan), planJson (the plan as the
//   JSON report's plan object).
// Null: no row when there is no such run; planJson is null for a failed run, a run stored before
//   plans were stored, or a run in $cached.
MATCH (ar:AnalysisRun)
WHERE ($run IS NULL AND ar.status = 'succeeded') OR ar.id = $run
WITH ar
ORDER BY ar.finishedAt DESC, ar.id DESC
LIMIT 1
RETURN ar.id AS run,
       ar.planJson IS NOT NULL AS planned,
       CASE WHEN ar.id IN $cached THEN null ELSE ar.planJson END AS planJson
