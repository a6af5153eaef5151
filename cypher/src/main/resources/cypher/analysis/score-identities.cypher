// Counts the identities in the graph, for the organization's risk score.
// Parameters: none.
// Columns: identities (count; one row, 0 when none was loaded).
MATCH (i:Identity)
RETURN count(i) AS identities
