// The analysis runs, newest first (finishedAt, then id).
// Parameters: $limit (how many runs).
// Columns: id, startedAt (the instant the rules treated as now), finishedAt, tenant (the tenant
//   filter), rules, findings (count), countsJson (findings per rule and severity), score (the
//   organization's risk score), scoresJson (the organization's and tenants' scores), status.
// Null: tenant null means the whole graph was analyzed; score and scoresJson are null for runs
//   stored before scores existed.
MATCH (ar:AnalysisRun)
RETURN ar.id AS id,
       ar.startedAt AS startedAt,
       ar.finishedAt AS finishedAt,
       ar.tenant AS tenant,
       ar.rules AS rules,
       ar.findings AS findings,
       ar.countsJson AS countsJson,
       ar.score AS score,
       ar.scoresJson AS scoresJson,
       ar.status AS status
ORDER BY finishedAt DESC, id DESC
LIMIT $limit
