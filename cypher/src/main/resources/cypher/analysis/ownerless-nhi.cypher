// Finds active non-human identities with no active owner: nobody owns them, or every owner is a
//   disabled or departed identity (improper offboarding). A group owner counts as active.
// Parameters: $tenant (tenant key or null for all).
// Columns: subject (identity key), subjectName, tenant, severity (high when the identity holds a
//   privileged role or group, or has an active credential; medium otherwise), path (the identity,
//   weak), evidence (kind, owners with their status and role, privileged, credentials: the number
//   of active credentials), ownerKey, ownerName, ownerStatus (the best former owner's status,
//   disabled before departed; missing when it never had one), ownerVia (subject, or none),
//   discriminator (null).
// Null: a null status counts as active, for the identity, its owners and its credentials.
MATCH (i:Identity:NonHuman)
WHERE coalesce(i.status, 'active') = 'active'
  AND ($tenant IS NULL OR i.tenant = $tenant)
  AND NOT exists {
    MATCH (o)-[:OWNS]->(i)
    WHERE o:Group OR coalesce(o.status, 'active') = 'active'
  }
WITH i,
     COLLECT {
       MATCH (o)-[w:OWNS]->(i)
       RETURN {key: o.key, name: o.name, status: o.status, role: w.role}
       ORDER BY case o.status when 'disabled' then 0 else 1 end, case w.role when 'owner' then 0 else 1 end, o.key
     } AS owners,
     any(held IN [(i)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
       OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) AS privileged,
     count { (i)-[:HAS_CREDENTIAL]->(c:Credential) WHERE coalesce(c.status, 'active') = 'active' } AS credentials
WITH i, owners, privileged, credentials, owners[0] AS owner
RETURN i.key AS subject,
       coalesce(i.displayName, i.name) AS subjectName,
       i.tenant AS tenant,
       case when privileged OR credentials > 0 then 'high' else 'medium' end AS severity,
       [{key: i.key, label: 'Identity', name: i.name, tenant: i.tenant, edge: null, weak: true}] AS path,
       {kind: i.kind, owners: owners, privileged: privileged, credentials: credentials} AS evidence,
       owner.key AS ownerKey,
       owner.name AS ownerName,
       coalesce(owner.status, 'missing') AS ownerStatus,
       case when owner IS NULL then 'none' else 'subject' end AS ownerVia,
       null AS discriminator
