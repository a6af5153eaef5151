// Records one analysis run, succeeded or failed. Run before store-findings, in the same way for
// every run.
// Parameters: $run (id), $now (the instant the rules treated as now), $finishedAt, $tenant (the
//   tenant filter, null for all), $rules (list of rule ids run), $status (succeeded or failed),
//   $error (message of a failed run), $ingestRuns (ids of the IngestRuns the run saw: those it
//   ran, or those that succeeded since the previous analysis), $findings (int), $countsJson
//   (findings per rule and severity, as JSON), $tenantCountsJson (findings per tenant and
//   severity, as JSON), $score (int, 0 to 100: the organization's risk score), $scoresJson (the
//   organization's and every tenant's risk score, as JSON), $planJson (the remediation plan, as
//   the JSON report's plan object).
// Columns: id.
// Null: tenant null means the whole graph was analyzed; error is null unless the run failed;
//   findings, the counts, the scores and the plan are null for a failed run.
CREATE (ar:AnalysisRun {id: $run, startedAt: $now, finishedAt: $finishedAt, tenant: $tenant, rules: $rules,
                        status: $status, error: $error, ingestRuns: $ingestRuns,
                        findings: $findings, countsJson: $countsJson, tenantCountsJson: $tenantCountsJson,
                        score: $score, scoresJson: $scoresJson, planJson: $planJson})
RETURN ar.id AS id
