// Reads what the risk scores need about the systems on findings' paths: name, tenant and
//   criticality, which weighs a system's score.
// Parameters: $keys (list of System keys).
// Columns: key, name, tenant, criticality (low, medium, high, critical); ordered by key.
// Null: a null criticality means unknown (weighed as medium); a key with no System gives no row.
UNWIND $keys AS key
MATCH (s:Entity {key: key})
WHERE s:System
RETURN s.key AS key, s.name AS name, s.tenant AS tenant, s.criticality AS criticality
ORDER BY key
