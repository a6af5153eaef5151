// Stores on an analysis run what its evidence pack shows of the graph besides its findings and plan
// (the tenants and the exceptions register as the run saw them), so the same run gives the same
// document after the graph has changed.
// Parameters: $run (the AnalysisRun id), $snapshotJson (JSON: {tenants: [...], exceptions: {...}}).
// Columns: run (the run's id).
// Null: no row when there is no such run.
MATCH (ar:AnalysisRun {id: $run})
SET ar.snapshotJson = $snapshotJson
RETURN ar.id AS run
