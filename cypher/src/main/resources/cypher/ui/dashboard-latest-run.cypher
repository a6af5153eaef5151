// The latest analysis of the whole graph (run without a tenant filter): the run whose scores and
// counts the dashboard shows. Latest as every other page means it: finished last, then id.
// Parameters: none.
// Columns: id, startedAt, finishedAt, findings (int), score (int, 0 to 100: the organization's risk
//   score), scoresJson (the organization's and the tenants' scores), countsJson (findings per rule
//   and severity).
// Null: no row when no whole-graph analysis has succeeded yet.
MATCH (ar:AnalysisRun)
WHERE ar.tenant IS NULL AND ar.status = 'succeeded'
RETURN ar.id AS id,
       ar.startedAt AS startedAt,
       ar.finishedAt AS finishedAt,
       ar.findings AS findings,
       ar.score AS score,
       ar.scoresJson AS scoresJson,
       ar.countsJson AS countsJson
ORDER BY ar.finishedAt DESC, ar.id DESC
LIMIT 1
