// Finds MFA exceptions in force (the exempted policy is enabled and requires MFA, an
// authentication strength, or blocks) that nobody can answer for: the exception's owner is missing,
// disabled, departed or in a retiring/retired tenant, or it has no approver, or no justification,
// or it expired (expiresAt before $now) yet still exempts. An exception of a policy that enforces
// nothing exempts nothing, so it is not reported.
// Covered identities: the exempted identity; the identities in the exempted group (MEMBER_OF,
// transitively); the holders of the exempted role (HAS_ROLE, directly or through groups).
// Privileged: holds a privileged Role or is in a privileged Group. NHI: label NonHuman.
// Severity: critical when expired and covering privileged identities; high when covering
// privileged identities or NHIs, or when the policy applies to a whole tenant; medium otherwise.
// Owner: the exception's owner (OWNS role owner), else the policy's owner (ownerVia policy),
// else the tenant's owner; an active owner is preferred among several.
// Parameters: $tenant (only exceptions in that tenant; null for all), $now.
// Columns: subject, subjectName, tenant, severity, path, evidence (ticket, reasons, policy,
//   policyKey, expiresAt, identities, privilegedIdentities, nhis, ownerTenantRetiring),
//   ownerKey, ownerName, ownerStatus, ownerVia, discriminator (always null).
// Null: a null owner means nobody is known (ownerStatus missing); a null expiresAt means never;
//   a null ticket means unknown.
MATCH (e:Exception)-[:EXEMPTS_FROM]->(p:Policy)
WHERE ($tenant IS NULL OR e.tenant = $tenant)
  AND p.state = 'enabled'
  AND p.control IN ['require-mfa', 'require-auth-strength', 'block']
MATCH (e)-[:EXEMPTS]->(s)
CALL (e, p) {
  CALL (e, p) {
    MATCH (o)-[:OWNS {role: 'owner'}]->(e)
    RETURN o, 'exception' AS via, 0 AS rank
    UNION
    MATCH (o)-[:OWNS {role: 'owner'}]->(p)
    RETURN o, 'policy' AS via, 1 AS rank
    UNION
    MATCH (e)-[:IN_TENANT]->(:Tenant)<-[:OWNS {role: 'owner'}]-(o)
    RETURN o, 'tenant' AS via, 2 AS rank
  }
  WITH o, via, rank
  ORDER BY rank, CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key
  RETURN collect({owner: o, via: via})[0] AS chosen
}
WITH e, p, s, chosen.owner AS o, chosen.via AS via
WITH e, p, s, o, via,
     CASE
       WHEN o IS NULL THEN 'missing'
       WHEN o:Identity THEN coalesce(o.status, 'active')
       WHEN EXISTS { (:Identity {status: 'active'})-[:MEMBER_OF*1..]->(o) } THEN 'active'
       ELSE 'missing'
     END AS ownerStatus,
     (o IS NOT NULL AND EXISTS { (o)-[:IN_TENANT]->(ot:Tenant) WHERE ot.status IN ['retiring', 'retired'] }) AS ownerTenantRetiring
WITH e, p, s, o, via, ownerStatus, ownerTenantRetiring,
     [reason IN [
        CASE WHEN coalesce(via, 'none') <> 'exception' OR ownerStatus = 'missing' THEN 'owner missing' END,
        CASE WHEN via = 'exception' AND ownerStatus = 'disabled' THEN 'owner disabled' END,
        CASE WHEN via = 'exception' AND ownerStatus = 'departed' THEN 'owner departed' END,
        CASE WHEN via = 'exception' AND ownerTenantRetiring THEN 'owner tenant retiring' END,
        CASE WHEN NOT EXISTS { (e)-[:APPROVED_BY]->(:Identity) } THEN 'no approver' END,
        CASE WHEN e.justification IS NULL OR trim(e.justification) = '' THEN 'no justification' END,
        CASE WHEN e.expiresAt < $now THEN 'expired' END
      ] WHERE reason IS NOT NULL] AS reasons
WHERE size(reasons) > 0
CALL (s) {
  CALL (s) {
    MATCH (i:Identity)-[:MEMBER_OF*0..]->(s)
    RETURN i
    UNION
    MATCH (i:Identity)-[:MEMBER_OF*0..]->()-[:HAS_ROLE]->(s)
    RETURN i
  }
  WITH i,
       any(held IN [(i)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
         OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) AS privileged
  RETURN count(i) AS identities,
         count(CASE WHEN privileged THEN i END) AS privilegedIdentities,
         count(CASE WHEN i:NonHuman THEN i END) AS nhis
}
WITH e, p, s, o, via, ownerStatus, ownerTenantRetiring, reasons, identities, privilegedIdentities, nhis,
     CASE WHEN s:Identity THEN 'Identity' WHEN s:Group THEN 'Group' ELSE 'Role' END AS subjectLabel,
     CASE
       WHEN 'expired' IN reasons AND privilegedIdentities > 0 THEN 'critical'
       WHEN privilegedIdentities > 0 OR nhis > 0 OR EXISTS { (p)-[:APPLIES_TO]->(:Tenant) } THEN 'high'
       ELSE 'medium'
     END AS severity
RETURN e.key AS subject,
       coalesce(s.name, s.key) + ' excluded from ' + coalesce(p.name, p.key) AS subjectName,
       e.tenant AS tenant,
       severity,
       [{key: s.key, label: subjectLabel, name: s.name, tenant: s.tenant, edge: 'EXEMPTS', weak: false},
        {key: e.key, label: 'Exception', name: e.ticket, tenant: e.tenant, edge: 'EXEMPTS_FROM', weak: true},
        {key: p.key, label: 'Policy', name: p.name, tenant: p.tenant, edge: null, weak: false}] AS path,
       {ticket: e.ticket, reasons: reasons, policy: p.name, policyKey: p.key,
        expiresAt: toString(e.expiresAt), identities: identities,
        privilegedIdentities: privilegedIdentities, nhis: nhis,
        ownerTenantRetiring: ownerTenantRetiring} AS evidence,
       o.key AS ownerKey,
       o.name AS ownerName,
       ownerStatus,
       coalesce(via, 'none') AS ownerVia,
       null AS discriminator
