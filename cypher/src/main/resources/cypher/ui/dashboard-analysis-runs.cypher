// Lists the most recent analysis runs, newest first: the dashboard's run table and trend chart.
// Parameters: $limit (int, how many runs).
// Columns: id, startedAt, finishedAt, tenant, rules (int: how many rules ran), findings (int),
//   score (int, 0 to 100: the organization's risk score), status.
// Null: tenant null means the whole graph was analyzed; score is null for a run stored before
//   scores existed.
MATCH (ar:AnalysisRun)
WHERE ar.startedAt IS NOT NULL
RETURN ar.id AS id,
       ar.startedAt AS startedAt,
       ar.finishedAt AS finishedAt,
       ar.tenant AS tenant,
       size(coalesce(ar.rules, [])) AS rules,
       ar.findings AS findings,
       ar.score AS score,
       ar.status AS status
ORDER BY startedAt DESC, id DESC
LIMIT $limit
