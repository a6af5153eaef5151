// Bypass paths through stale or leaked credentials into critical systems, for the remediation
// plan: credential -HAS_CREDENTIAL- identity -CAN_ACCESS-> system, the access held by the
// identity, a group it is in (transitively) or a role it holds (directly or through groups). Only
// the credentials named in $credentials (those some finding is about) and systems whose
// criticality is in $criticality.
// Parameters: $credentials (list of credential keys), $criticality (list of criticality values).
// Columns: credentialKey, credentialName (its kind), credentialTenant, identityKey, identityName,
//   identityTenant, systemKey, systemName, systemTenant.
// Null: names may be null; rows come sorted by credential and system.
MATCH (i:Identity)-[:HAS_CREDENTIAL]->(c:Credential)
WHERE c.key IN $credentials
CALL (i) {
  MATCH (i)-[:CAN_ACCESS]->(s:System)
  RETURN s
  UNION
  MATCH (i)-[:MEMBER_OF*1..]->(:Group)-[:CAN_ACCESS]->(s:System)
  RETURN s
  UNION
  MATCH (i)-[:MEMBER_OF*0..]->()-[:HAS_ROLE]->(:Role)-[:CAN_ACCESS]->(s:System)
  RETURN s
}
WITH c, i, s
WHERE s.criticality IN $criticality
RETURN c.key AS credentialKey,
       c.kind AS credentialName,
       c.tenant AS credentialTenant,
       i.key AS identityKey,
       i.name AS identityName,
       i.tenant AS identityTenant,
       s.key AS systemKey,
       s.name AS systemName,
       s.tenant AS systemTenant
ORDER BY credentialKey, systemKey
