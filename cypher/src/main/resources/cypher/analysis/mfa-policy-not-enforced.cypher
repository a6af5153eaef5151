// Finds MFA policies that enforce nothing while systems rely on them: the policy's control is
// require-mfa, require-auth-strength or block, its state is report-only or disabled, and a System
// with requiresMfa = true is in its scope: a System it APPLIES_TO, or, when it applies to no
// System (all apps), any System of its tenant.
// Severity: the highest criticality of the relying systems: critical gives critical, high gives
// high, anything else medium (an unknown criticality counts as medium).
// Owner: the policy's owner (OWNS role owner, ownerVia subject), else the tenant's owner; an active
// owner is preferred among several.
// Parameters: $tenant (only policies in that tenant; null for all).
// Columns: subject, subjectName, tenant, severity, path, evidence (state, control, scope
//   (systems or all-apps), systems (names, sorted), systemCount, highestCriticality,
//   ownerTenantRetiring), ownerKey, ownerName, ownerStatus, ownerVia, discriminator (always null).
// Null: a null owner means nobody is known (ownerStatus missing); a System whose requiresMfa is
//   null (unknown) is not counted as relying.
MATCH (p:Policy)
WHERE ($tenant IS NULL OR p.tenant = $tenant)
  AND p.state IN ['report-only', 'disabled']
  AND p.control IN ['require-mfa', 'require-auth-strength', 'block']
WITH p, EXISTS { (p)-[:APPLIES_TO]->(:System) } AS scoped
CALL (p, scoped) {
  CALL (p, scoped) {
    MATCH (p)-[:APPLIES_TO]->(sys:System)
    WHERE sys.requiresMfa = true
    RETURN sys
    UNION
    MATCH (sys:System)
    WHERE NOT scoped AND sys.tenant = p.tenant AND sys.requiresMfa = true
    RETURN sys
  }
  WITH sys,
       CASE sys.criticality WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'low' THEN 1 ELSE 2 END AS rank
  ORDER BY sys.name
  RETURN collect(sys.name) AS systems, max(rank) AS highest
}
WITH p, scoped, systems, highest
WHERE size(systems) > 0
CALL (p) {
  CALL (p) {
    MATCH (o)-[:OWNS {role: 'owner'}]->(p)
    RETURN o, 'subject' AS via, 0 AS rank
    UNION
    MATCH (p)-[:IN_TENANT]->(:Tenant)<-[:OWNS {role: 'owner'}]-(o)
    RETURN o, 'tenant' AS via, 1 AS rank
  }
  WITH o, via, rank
  ORDER BY rank, CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key
  RETURN collect({owner: o, via: via})[0] AS chosen
}
WITH p, scoped, systems, highest, chosen.owner AS o, chosen.via AS via,
     CASE highest WHEN 4 THEN 'critical' WHEN 3 THEN 'high' WHEN 2 THEN 'medium' ELSE 'low' END AS highestCriticality,
     CASE WHEN scoped THEN 'systems' ELSE 'all-apps' END AS scope
RETURN p.key AS subject,
       p.name AS subjectName,
       p.tenant AS tenant,
       CASE highest WHEN 4 THEN 'critical' WHEN 3 THEN 'high' ELSE 'medium' END AS severity,
       [{key: p.key, label: 'Policy', name: p.name, tenant: p.tenant, edge: null, weak: true}] AS path,
       {state: p.state, control: p.control, scope: scope,
        systems: systems, systemCount: size(systems), highestCriticality: highestCriticality,
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
