// Removes the SAME_AS links that identity resolution derived, before it derives them again from
// the graph as it is now. Links loaded from bundles or connectors (other sources) stay.
// Run it in an auto-commit transaction (session.run).
// Parameters: $source (the resolution's source name).
// Columns: deleted (int).
// Null: never null.
MATCH ()-[r:SAME_AS]->()
WHERE r.source = $source
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS deleted
