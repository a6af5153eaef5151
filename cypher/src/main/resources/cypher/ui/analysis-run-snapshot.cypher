// The snapshot an analysis run stored of the tenants and the exceptions register, for its evidence pack.
// Parameters: $run (the AnalysisRun id).
// Columns: snapshotJson (JSON: {tenants: [...], exceptions: {...}}).
// Null: no row for an unknown run; snapshotJson is null for a failed run or one stored before
//   snapshots were.
MATCH (ar:AnalysisRun {id: $run})
RETURN ar.snapshotJson AS snapshotJson
