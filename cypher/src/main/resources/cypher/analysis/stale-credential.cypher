// Finds active secrets of non-human identities that are stale: expired but still present, older
//   than the maximum age since creation or last rotation, never rotated, unused for long,
//   long-lived (valid for more than two years, or a client secret or token that never expires),
//   or leaked and still active past the remediation target. One row per credential.
// Parameters: $now (datetime), $tenant (tenant key or null for all), $maxSecretAgeDays,
//   $unusedDays, $leakRemediationDays (int days).
// Columns: subject (credential key), subjectName, tenant, severity (critical: leaked past target;
//   high: expired or too old on an identity holding a privileged role; low: long-lived alone;
//   medium otherwise), path (identity -HAS_CREDENTIAL-> credential, the credential weak),
//   evidence (kind, identity, reasons, the credential's dates, privileged), ownerKey, ownerName,
//   ownerStatus, ownerVia (subject: the identity's owner; tenant: the tenant's), discriminator.
// Null: an absent date is unknown and never makes a reason true, except an absent expiry (never
//   expires) and an absent last use (never used); a null status counts as active; ownerKey is null
//   when neither the identity nor its tenant has an owner.
MATCH (c:Credential)
WHERE c.kind IN ['client-secret', 'certificate', 'access-key', 'api-token', 'personal-access-token', 'ssh-key']
  AND coalesce(c.status, 'active') = 'active'
  AND ($tenant IS NULL OR c.tenant = $tenant)
MATCH (i:Identity:NonHuman)-[:HAS_CREDENTIAL]->(c)
WITH i, c,
     duration.inDays(c.createdAt, $now).days AS ageDays,
     duration.inDays(coalesce(c.lastRotatedAt, c.createdAt), $now).days AS sinceRotationDays
WITH i, c, ageDays,
     [reason IN [
        case when c.expiresAt < $now then 'expired' end,
        case when ageDays > $maxSecretAgeDays AND sinceRotationDays > $maxSecretAgeDays then 'too-old' end,
        case when c.lastRotatedAt IS NULL AND ageDays > $maxSecretAgeDays then 'never-rotated' end,
        case when duration.inDays(c.lastUsedAt, $now).days > $unusedDays
               OR (c.lastUsedAt IS NULL AND ageDays > $unusedDays) then 'unused' end,
        case when c.expiresAt > c.createdAt + duration('P2Y')
               OR (c.expiresAt IS NULL AND c.kind IN ['client-secret', 'api-token', 'personal-access-token']) then 'long-lived' end,
        case when duration.inDays(c.leakedAt, $now).days > $leakRemediationDays then 'leaked' end
      ] WHERE reason IS NOT NULL] AS reasons
WHERE size(reasons) > 0
WITH i, c, ageDays, reasons,
     any(held IN [(i)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
       OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) AS privileged
MATCH (i)-[:IN_TENANT]->(t:Tenant)
WITH i, c, ageDays, reasons, privileged,
     COLLECT {
       MATCH (o)-[w:OWNS]->(i)
       WITH o, w, case when o:Group then 'active' else coalesce(o.status, 'active') end AS ownerStatus
       RETURN {key: o.key, name: o.name, status: ownerStatus}
       ORDER BY case ownerStatus when 'active' then 0 when 'disabled' then 1 else 2 end,
                case w.role when 'owner' then 0 else 1 end, o.key
     } AS identityOwners,
     COLLECT {
       MATCH (o)-[w:OWNS]->(t)
       WITH o, w, case when o:Group then 'active' else coalesce(o.status, 'active') end AS ownerStatus
       RETURN {key: o.key, name: o.name, status: ownerStatus}
       ORDER BY case ownerStatus when 'active' then 0 when 'disabled' then 1 else 2 end,
                case w.role when 'owner' then 0 else 1 end, o.key
     } AS tenantOwners
WITH i, c, ageDays, reasons, privileged, coalesce(identityOwners[0], tenantOwners[0]) AS owner,
     case when size(identityOwners) > 0 then 'subject' when size(tenantOwners) > 0 then 'tenant' else 'none' end AS ownerVia
RETURN c.key AS subject,
       i.name + ' ' + c.kind AS subjectName,
       c.tenant AS tenant,
       case
         when 'leaked' IN reasons then 'critical'
         when privileged AND ('expired' IN reasons OR 'too-old' IN reasons) then 'high'
         when reasons = ['long-lived'] then 'low'
         else 'medium'
       end AS severity,
       [{key: i.key, label: 'Identity', name: i.name, tenant: i.tenant, edge: 'HAS_CREDENTIAL', weak: false},
        {key: c.key, label: 'Credential', name: c.kind, tenant: c.tenant, edge: null, weak: true}] AS path,
       {kind: c.kind, identity: i.key, reasons: reasons, ageDays: ageDays, createdAt: c.createdAt,
        expiresAt: c.expiresAt, lastUsedAt: c.lastUsedAt, lastRotatedAt: c.lastRotatedAt,
        leakedAt: c.leakedAt, privileged: privileged} AS evidence,
       owner.key AS ownerKey,
       owner.name AS ownerName,
       coalesce(owner.status, 'missing') AS ownerStatus,
       ownerVia,
       null AS discriminator
