// The analysis runs, newest first (finishedAt, then id).
// Parameters: $limit (how many runs).
// Columns: id, startedAt (the instant the rules treated as now), finishedAt, tenant (the tenant
//   filter), rules, findings (count), countsJson (findings per rule and severity),
//   tenantCountsJson (findings per tenant and severity), score (the organization's risk score),
//   scoresJson (the organization's and tenants' scores), status, error, ingestRuns.
// Null: tenant null means the whole graph was analyzed; score and scoresJson are null for runs
//   stored before scores existed and for failed runs; error is null unless the run failed.
MATCH (ar:AnalysisRun)
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
ORDER BY finishedAt DESC, id DESC
LIMIT $limit
