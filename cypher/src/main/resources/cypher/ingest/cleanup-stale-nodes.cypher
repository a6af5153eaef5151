// Deletes the nodes of a source in the run's scopes that the given run did not write, in batches,
// with every relationship touching them, whatever its source. Run it in an auto-commit
// transaction (session.run), after cleanup-stale-relationships.
// Parameters: $source, $scopes (list of tenant and organization keys the run's rows name), $run
//   (id of the run that just succeeded).
// Columns: deleted (int, nodes deleted).
// Null: nodes without tenant or lastRun are never deleted.
MATCH (n:Entity)
WHERE n.tenant IN $scopes AND n.source = $source AND n.lastRun <> $run
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS deleted
