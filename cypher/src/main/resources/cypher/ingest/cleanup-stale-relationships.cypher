// Deletes the relationships of a source that the given run did not write, among those touching
// a node of the run's scopes (either end, so that a cross-tenant owner or member that changed is
// removed too), in batches. Run it in an auto-commit transaction (session.run), after a run that
// fully succeeded and before cleanup-stale-nodes.
// Parameters: $source, $scopes (list of tenant and organization keys the run's rows name), $run
//   (id of the run that just succeeded).
// Columns: deleted (int, relationships deleted).
// Null: relationships without lastRun are never deleted.
// Each relationship is reached once, from its start node when that is in scope, else from its end
// node, so nothing is collected before deleting.
CALL () {
  MATCH (a:Entity)-[r]->()
  WHERE a.tenant IN $scopes AND r.source = $source AND r.lastRun <> $run
  RETURN r
  UNION ALL
  MATCH (a)-[r]->(b:Entity)
  WHERE b.tenant IN $scopes AND NOT coalesce(a.tenant IN $scopes, false)
    AND r.source = $source AND r.lastRun <> $run
  RETURN r
}
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS deleted
