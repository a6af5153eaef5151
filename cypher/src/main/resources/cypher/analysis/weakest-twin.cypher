// Finds the weaker twin of a person or workload linked across tenants (SAME_AS, either direction):
//   the strong twin has mfaRegistered = true while the weak one has mfaRegistered = false (or
//   unknown with legacyAuthAllowed = true), or the strong twin has legacyAuthAllowed = false while
//   the weak one has legacyAuthAllowed = true. One finding per (weak twin, strong twin), every
//   SAME_AS between them listed in evidence.
// Parameters: $tenant (tenant key of the weak twin, or null for all).
// Columns: subject (the weak twin), subjectName, tenant, severity (high when either twin is
//   privileged, holding a Role with privileged = true directly or through groups or being a member
//   of a Group with privileged = true, or when the weak twin's tenant is acquired; else medium),
//   path (strong twin -SAME_AS-> weak twin, the weak twin weak), evidence (map: both tenants, the
//   mfaRegistered and legacyAuthAllowed of both, the links' kind, evidence and confidence, the
//   reasons), ownerKey, ownerName, ownerStatus, ownerVia (subject: the weak twin's owner; tenant:
//   the weak twin's tenant's owner; none), discriminator (the strong twin's key).
// Null: an absent mfaRegistered or legacyAuthAllowed is unknown and fires only as stated above.
MATCH (strong:Identity)-[l:SAME_AS]-(weak:Identity)
WHERE ($tenant IS NULL OR weak.tenant = $tenant) AND strong <> weak
WITH strong, weak,
     strong.mfaRegistered = true
       AND (weak.mfaRegistered = false OR (weak.mfaRegistered IS NULL AND weak.legacyAuthAllowed = true)) AS mfaGap,
     strong.legacyAuthAllowed = false AND weak.legacyAuthAllowed = true AS legacyGap,
     l
WHERE mfaGap OR legacyGap
WITH strong, weak, mfaGap, legacyGap, l
ORDER BY l.confidence DESC, l.kind
WITH strong, weak, mfaGap, legacyGap,
     collect({kind: l.kind, evidence: l.evidence, confidence: l.confidence}) AS links
MATCH (weak)-[:IN_TENANT]->(wt:Tenant)
WITH strong, weak, mfaGap, legacyGap, links, wt,
     any(held IN [(weak)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
       OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) AS weakPrivileged,
     any(held IN [(strong)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
       OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) AS strongPrivileged,
     COLLECT { MATCH (weak)<-[:OWNS]-(o:Identity) RETURN o ORDER BY CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS subjectOwners,
     COLLECT { MATCH (wt)<-[tr:OWNS]-(o:Identity)
               RETURN o ORDER BY CASE tr.role WHEN 'owner' THEN 0 ELSE 1 END,
                                 CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS tenantOwners
WITH strong, weak, mfaGap, legacyGap, links, wt, weakPrivileged, strongPrivileged,
     coalesce(head(subjectOwners), head(tenantOwners)) AS owner,
     CASE WHEN head(subjectOwners) IS NOT NULL THEN 'subject' WHEN head(tenantOwners) IS NOT NULL THEN 'tenant' ELSE 'none' END AS ownerVia
RETURN weak.key AS subject,
       weak.name AS subjectName,
       weak.tenant AS tenant,
       CASE WHEN weakPrivileged OR strongPrivileged OR coalesce(wt.acquired, false) THEN 'high' ELSE 'medium' END AS severity,
       [{key: strong.key, label: 'Identity', name: strong.name, tenant: strong.tenant, edge: 'SAME_AS', weak: false},
        {key: weak.key, label: 'Identity', name: weak.name, tenant: weak.tenant, edge: null, weak: true}] AS path,
       {tenant: weak.tenant, strongTenant: strong.tenant, weakTenantAcquired: coalesce(wt.acquired, false),
        weakMfaRegistered: weak.mfaRegistered, strongMfaRegistered: strong.mfaRegistered,
        weakLegacyAuthAllowed: weak.legacyAuthAllowed, strongLegacyAuthAllowed: strong.legacyAuthAllowed,
        weakPrivileged: weakPrivileged, strongPrivileged: strongPrivileged,
        reasons: [r IN [CASE WHEN mfaGap THEN 'mfa' END, CASE WHEN legacyGap THEN 'legacy-auth' END] WHERE r IS NOT NULL],
        linkKinds: [x IN links | x.kind], links: links} AS evidence,
       owner.key AS ownerKey,
       owner.name AS ownerName,
       CASE WHEN owner IS NULL THEN 'missing' ELSE owner.status END AS ownerStatus,
       ownerVia,
       strong.key AS discriminator
