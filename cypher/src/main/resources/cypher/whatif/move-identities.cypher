// What-if overlay: moves identities to another Tenant: their IN_TENANT is re-pointed and their
//   tenant property set, as after a migration between directories. The identities are those
//   listed, and every (nested) member of the group when one is named. Their credentials, auth
//   paths and memberships stay as they are.
// Parameters: $identities (list of identity keys, may be empty), $group (group key or null),
//   $toTenant (the destination tenant's key).
// Columns: changed (identities moved).
// Null: a null group adds no members.
MATCH (t:Tenant {key: $toTenant})
CALL () {
  UNWIND $identities AS key
  MATCH (i:Identity {key: key})
  RETURN i
  UNION
  MATCH (i:Identity)-[:MEMBER_OF*1..]->(:Group {key: $group})
  RETURN i
}
OPTIONAL MATCH (i)-[old:IN_TENANT]->(:Tenant)
DELETE old
WITH DISTINCT i, t
CREATE (i)-[:IN_TENANT]->(t)
SET i.tenant = t.key
RETURN count(i) AS changed
