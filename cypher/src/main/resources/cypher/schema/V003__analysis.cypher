// Uniqueness of analysis runs and findings: a finding keeps its key from run to run, so its first
// and last sighting live on one node.
// Parameters: none. Columns: none. Idempotent: IF NOT EXISTS.
CREATE CONSTRAINT analysis_run_id IF NOT EXISTS
FOR (ar:AnalysisRun) REQUIRE ar.id IS UNIQUE;

CREATE CONSTRAINT finding_key IF NOT EXISTS
FOR (f:Finding) REQUIRE f.key IS UNIQUE;
