// Counts all nodes and all relationships, from the count store (constant time).
// Parameters: none.
// Columns: nodes (int), relationships (int); always one row.
// Null: never null.
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
