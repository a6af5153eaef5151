// What-if overlay: removes an Exception (a policy exclusion) with its EXEMPTS, EXEMPTS_FROM and
//   ownership relationships, as when the exclusion is withdrawn.
// Parameters: $key (the exception's key).
// Columns: changed (1 when removed, 0 when no such exception).
// Null: none.
MATCH (x:Exception {key: $key})
DETACH DELETE x
RETURN count(*) AS changed
