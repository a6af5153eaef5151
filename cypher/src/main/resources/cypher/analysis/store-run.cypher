// Records one analysis run. Run before store-findings, in the same way for every run.
// Parameters: $run (id), $now (the instant the rules treated as now), $finishedAt, $tenant (the
//   tenant filter, null for all), $rules (list of rule ids run), $findings (int), $countsJson
//   (findings per rule and severity, as JSON), $score (int, 0 to 100: the organization's risk
//   score), $scoresJson (the organization's and every tenant's risk score, as JSON).
// Columns: id.
// Null: tenant null means the whole graph was analyzed.
CREATE (ar:AnalysisRun {id: $run, startedAt: $now, finishedAt: $finishedAt, tenant: $tenant, rules: $rules,
                        findings: $findings, countsJson: $countsJson, score: $score, scoresJson: $scoresJson,
                        status: 'succeeded'})
RETURN ar.id AS id
