// Finds privileged cloud roles held by accounts synced from an on-premises directory: an Identity
//   with synced = true in a cloud tenant (kind entra, okta, google or aws) that holds a Role with
//   privileged = true, directly (HAS_ROLE) or through groups (MEMBER_OF, nested). One finding per
//   (identity, role); when several assignments lead to the role, the active one wins, then the shortest.
// Parameters: $tenant (tenant key of the identity, or null for all).
// Columns: subject (the identity), subjectName, tenant, severity (critical for an active
//   assignment, high for an eligible one), path (identity -HAS_ROLE-> role, or identity -MEMBER_OF->
//   group... -HAS_ROLE-> role; the identity hop weak), evidence (map: role, assignment, scope,
//   via group, the on-premises account linked by SAME_AS kind synced), ownerKey, ownerName,
//   ownerStatus, ownerVia (subject: the identity's owner; tenant: the tenant's owner; none),
//   discriminator (the role key).
// Null: an absent assignment counts as active; a null onPremAccount means no synced link is known.
MATCH (r:Role)
WHERE r.privileged = true
MATCH p = (i:Identity)-[:MEMBER_OF*0..]->(holder)-[a:HAS_ROLE]->(r)
WHERE i.synced = true AND ($tenant IS NULL OR i.tenant = $tenant)
MATCH (i)-[:IN_TENANT]->(t:Tenant)
WHERE t.kind IN ['entra', 'okta', 'google', 'aws']
WITH i, r, t, p, a, coalesce(a.assignment, 'active') AS assignment
ORDER BY CASE assignment WHEN 'active' THEN 0 ELSE 1 END, length(p)
WITH i, r, t, collect({assignment: assignment, p: p, a: a})[0] AS best
WITH i, r, t, best.assignment AS assignment, best.a AS a, nodes(best.p) AS hops, relationships(best.p) AS rels
WITH i, r, t, assignment, a, hops, rels,
     COLLECT { MATCH (onPrem:Identity)-[s:SAME_AS]->(i) WHERE s.kind = 'synced' RETURN onPrem.key ORDER BY onPrem.key } AS onPrem,
     COLLECT { MATCH (i)<-[:OWNS]-(o:Identity) RETURN o ORDER BY CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS subjectOwners,
     COLLECT { MATCH (t)<-[tr:OWNS]-(o:Identity)
               RETURN o ORDER BY CASE tr.role WHEN 'owner' THEN 0 ELSE 1 END,
                                 CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS tenantOwners
WITH i, r, t, assignment, a, hops, rels, onPrem,
     coalesce(head(subjectOwners), head(tenantOwners)) AS owner,
     CASE WHEN head(subjectOwners) IS NOT NULL THEN 'subject' WHEN head(tenantOwners) IS NOT NULL THEN 'tenant' ELSE 'none' END AS ownerVia
RETURN i.key AS subject,
       i.name AS subjectName,
       i.tenant AS tenant,
       CASE assignment WHEN 'active' THEN 'critical' ELSE 'high' END AS severity,
       [k IN range(0, size(hops) - 1) |
         {key: hops[k].key,
          label: (CASE WHEN hops[k]:Identity THEN 'Identity' WHEN hops[k]:Group THEN 'Group' ELSE 'Role' END),
          name: hops[k].name, tenant: hops[k].tenant,
          edge: (CASE WHEN k < size(rels) THEN type(rels[k]) END), weak: k = 0}] AS path,
       {role: r.name, roleKey: r.key, assignment: assignment, scope: a.scope,
        viaGroups: [h IN hops[1..size(hops) - 1] | h.key], onPremAccount: head(onPrem),
        onPremSid: i.onPremSid, tenantKind: t.kind} AS evidence,
       owner.key AS ownerKey,
       owner.name AS ownerName,
       CASE WHEN owner IS NULL THEN 'missing' ELSE owner.status END AS ownerStatus,
       ownerVia,
       r.key AS discriminator
