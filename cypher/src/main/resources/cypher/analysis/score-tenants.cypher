// Reads the names of the tenants that findings name, for their risk scores.
// Parameters: $keys (list of Tenant keys).
// Columns: key, name; ordered by key.
// Null: a null name means the tenant has none; a key with no Tenant gives no row.
UNWIND $keys AS key
MATCH (t:Entity {key: key})
WHERE t:Tenant
RETURN t.key AS key, t.name AS name
ORDER BY key
