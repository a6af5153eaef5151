// Lists every Tenant with its merger lineage facts and the number of identities in it.
// Parameters: none.
// Columns: key, name, kind, acquired (boolean), acquisitionDate (date), status, identities (int,
//   Identity nodes IN_TENANT it); ordered by key.
// Null: null means unknown (the property is absent).
MATCH (t:Tenant)
RETURN t.key AS key,
       t.name AS name,
       t.kind AS kind,
       t.acquired AS acquired,
       t.acquisitionDate AS acquisitionDate,
       t.status AS status,
       COUNT { (:Identity)-[:IN_TENANT]->(t) } AS identities
ORDER BY key
