// Reads the organizations in the graph, for the name of the organization's risk score (used only
//   when there is exactly one).
// Parameters: none.
// Columns: key, name; ordered by key.
// Null: a null name means the organization has none; no row means no Organization was loaded.
MATCH (o:Organization)
RETURN o.key AS key, o.name AS name
ORDER BY key
