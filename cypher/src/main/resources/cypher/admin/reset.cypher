// Deletes every relationship, then every node (IngestRun included), in batches. Constraints and
// indexes stay. Run it in an auto-commit transaction (session.run).
// Parameters: none.
// Columns: relationships (int, deleted), nodes (int, deleted); always one row.
// Null: never null.
OPTIONAL MATCH ()-[r]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
WITH count(r) AS relationships
OPTIONAL MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
RETURN relationships, count(n) AS nodes
