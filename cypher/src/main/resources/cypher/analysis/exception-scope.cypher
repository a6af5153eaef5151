// Finds MFA exceptions in force (the exempted policy is enabled and requires MFA, an
// authentication strength, or blocks) whose scope is too wide: the exempted subject is a privileged
// role or group; privileged identities other than break-glass accounts are covered; more than
// $maxBreakGlass break-glass accounts are covered; non-human identities are covered; or more
// identities are covered than the approvedSize the exception was approved for.
// Covered identities: the exempted identity; the identities in the exempted group (MEMBER_OF,
// transitively); the holders of the exempted role (HAS_ROLE, directly or through groups).
// Privileged: holds a privileged Role or is in a privileged Group. NHI: label NonHuman.
// Severity: high when a privileged role or group is exempted, privileged identities are covered or
// break-glass accounts exceed the limit; medium when only NHIs or growth beyond approval.
// Owner: the exception's owner (OWNS role owner), else the policy's owner (ownerVia policy),
// else the tenant's owner; an active owner is preferred among several.
// Parameters: $tenant (only exceptions in that tenant; null for all), $maxBreakGlass.
// Columns: subject, subjectName, tenant, severity, path, evidence (ticket, reasons, policy,
//   policyKey, approvedSize, identities, privilegedIdentities, breakGlass, nhis,
//   ownerTenantRetiring), ownerKey, ownerName, ownerStatus, ownerVia, discriminator (always null).
// Null: a null approvedSize means no size was approved (growth is not judged); a null owner
//   means nobody is known (ownerStatus missing).
MATCH (e:Exception)-[:EXEMPTS_FROM]->(p:Policy)
WHERE ($tenant IS NULL OR e.tenant = $tenant)
  AND p.state = 'enabled'
  AND p.control IN ['require-mfa', 'require-auth-strength', 'block']
MATCH (e)-[:EXEMPTS]->(s)
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
         count(CASE WHEN privileged AND NOT i:BreakGlass THEN i END) AS privilegedIdentities,
         count(CASE WHEN i:BreakGlass THEN i END) AS breakGlass,
         count(CASE WHEN i:NonHuman THEN i END) AS nhis
}
WITH e, p, s, identities, privilegedIdentities, breakGlass, nhis,
     [reason IN [
        CASE WHEN s:Role AND s.privileged THEN 'privileged role' END,
        CASE WHEN s:Group AND s.privileged THEN 'privileged group' END,
        CASE WHEN privilegedIdentities > 0 THEN 'privileged identities' END,
        CASE WHEN breakGlass > $maxBreakGlass THEN 'break-glass beyond limit' END,
        CASE WHEN nhis > 0 THEN 'NHIs' END,
        CASE WHEN identities > e.approvedSize THEN 'group grown' END
      ] WHERE reason IS NOT NULL] AS reasons
WHERE size(reasons) > 0
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
WITH e, p, s, identities, privilegedIdentities, breakGlass, nhis, reasons,
     chosen.owner AS o, chosen.via AS via,
     CASE WHEN s:Identity THEN 'Identity' WHEN s:Group THEN 'Group' ELSE 'Role' END AS subjectLabel,
     CASE
       WHEN any(reason IN reasons WHERE reason STARTS WITH 'privileged' OR reason STARTS WITH 'break-glass') THEN 'high'
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
        approvedSize: e.approvedSize, identities: identities,
        privilegedIdentities: privilegedIdentities, breakGlass: breakGlass, nhis: nhis,
        ownerTenantRetiring: o IS NOT NULL AND EXISTS { (o)-[:IN_TENANT]->(ot:Tenant) WHERE ot.status IN ['retiring', 'retired'] }} AS evidence,
       o.key AS ownerKey,
       o.name AS ownerName,
       CASE
         WHEN o IS NULL THEN 'missing'
         WHEN o:Identity THEN coalesce(o.status, 'active')
         WHEN EXISTS { (:Identity {status: 'active'})-[:MEMBER_OF*1..]->(o) } THEN 'active'
         ELSE 'missing'
       END AS ownerStatus,
       coalesce(via, 'none') AS ownerVia,
       null AS discriminator
