// Finds which of the given keys already exist in the graph, to resolve bundle references that
// point at nodes written earlier or by another source.
// Parameters: $keys (list of strings).
// Columns: key (string), labels (list of strings, Entity included, in no particular order); one
//   row per existing key, in no particular order.
// Null: a key that does not exist has no row.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN n.key AS key, labels(n) AS labels
