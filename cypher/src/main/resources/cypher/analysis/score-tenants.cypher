// Reads the names and sizes of the tenants that findings name, for their risk scores.
// Parameters: $keys (list of Tenant keys).
// Columns: key, name, identities (how many identities are IN_TENANT the tenant); ordered by key.
// Null: a null name means the tenant has none; a key with no Tenant gives no row.
UNWIND $keys AS key
MATCH (t:Entity {key: key})
WHERE t:Tenant
RETURN t.key AS key, t.name AS name, COUNT { (t)<-[:IN_TENANT]-(:Identity) } AS identities
ORDER BY key
