// One analysis run by id.
// Parameters: $run (the AnalysisRun id).
// Columns: id, startedAt (the instant the rules treated as now), finishedAt, tenant, rules,
//   findings (count), countsJson (findings per rule and severity), tenantCountsJson (findings per
//   tenant and severity), score, scoresJson, status, error, ingestRuns.
// Null: no row when no run has that id; tenant null means the whole graph; the counts and scores
//   are null for a failed run or a run stored before they existed.
MATCH (ar:AnalysisRun {id: $run})
RETURN ar.id AS id,
       ar.startedAt AS startedAt,
       ar.finishedAt AS finishedAt,
       ar.tenant AS tenant,
       ar.rules AS rules,
       ar.findings AS findings,
       ar.countsJson AS countsJson,
       ar.tenantCountsJson AS tenantCountsJson,
       ar.score AS score,
       ar.scoresJson AS scoresJson,
       ar.status AS status,
       ar.error AS error,
       ar.ingestRuns AS ingestRuns
