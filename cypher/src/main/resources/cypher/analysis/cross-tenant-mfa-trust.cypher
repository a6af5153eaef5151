// Finds trusts through which a tenant accepts MFA claims (TRUSTS mfaAccepted = true, as with Entra
//   isMfaAccepted, Okta mapAMRClaims, federation) from a tenant that does not enforce MFA for all
//   its identities. The trusting tenant then lets the trusted tenant's identities in as "MFA done"
//   although nobody asked them for a second factor. A trust with direction two-way is read in
//   both directions with the same mfaAccepted (the model has one flag per trust), so it can give
//   two findings, one per trusting tenant; a one-way trust only the TRUSTS direction.
// Enforces MFA: the trusted tenant has an enabled Policy (IN_TENANT) with control require-mfa or
//   require-auth-strength that APPLIES_TO the trusted Tenant itself (all its identities); a tenant
//   of kind ad never enforces MFA. Policies scoped to groups, roles or identities only are partial
//   coverage and do not count. A trusted tenant with no Policy at all (not ad) is unknown:
//   policiesKnown false, still reported, one severity step lower.
// Uncovered identities: identities of the trusted tenant that no enabled MFA policy of that tenant
//   covers through the tenant, the identity itself, a group (MEMBER_OF, nested) or a held role
//   (HAS_ROLE, directly or through groups), unless an Exception of that policy exempts the
//   identity, one of its groups or one of its roles; all of them for an ad tenant.
// Privileged crossers: identities of the trusted tenant linked by SAME_AS (either direction) to an
//   identity of the trusting tenant that holds a privileged Role or is in a privileged Group.
// Severity: policiesKnown false gives high when the trusting tenant has a System with criticality
//   critical, else medium; otherwise critical when it has one, else high.
// Owner: the trusting tenant's owner (OWNS role owner; an active one preferred, then by key),
//   ownerVia tenant; none: ownerStatus missing, ownerVia none.
// Parameters: $tenant (key of the trusting tenant; null for all).
// Columns: subject (the trusting tenant), subjectName, tenant, severity, path (trusting tenant
//   -TRUSTS-> trusted tenant, the TRUSTS hop weak), evidence (trust, trustKind, direction,
//   reversed: read against the TRUSTS direction of a two-way trust, mfaAccepted, syncEnabled,
//   trustedTenant, trustedTenantKey, trustedKind, trustedAcquired, tenantWideMfa, policiesKnown,
//   mfaPolicies: names of the enabled MFA policies of the trusted tenant, identities,
//   uncoveredIdentities, privilegedCrossers, criticalSystems), ownerKey, ownerName, ownerStatus,
//   ownerVia, discriminator (the trust key).
// Null: a null trustedAcquired or syncEnabled means unknown; a null owner means nobody is known.
MATCH (a:Tenant)-[tr:TRUSTS]->(b:Tenant)
WHERE tr.mfaAccepted = true
UNWIND [[a, b, false]] + CASE WHEN tr.direction = 'two-way' AND a <> b THEN [[b, a, true]] ELSE [] END AS pair
WITH tr, pair[0] AS trusting, pair[1] AS trusted, pair[2] AS reversed
WHERE $tenant IS NULL OR trusting.key = $tenant
WITH tr, trusting, trusted, reversed,
     COLLECT { MATCH (p:Policy)-[:IN_TENANT]->(trusted)
               WHERE p.state = 'enabled' AND p.control IN ['require-mfa', 'require-auth-strength']
               RETURN p ORDER BY p.key } AS mfaPolicies,
     (trusted.kind = 'ad' OR EXISTS { (:Policy)-[:IN_TENANT]->(trusted) }) AS policiesKnown
WITH tr, trusting, trusted, reversed, policiesKnown,
     CASE WHEN trusted.kind = 'ad' THEN [] ELSE mfaPolicies END AS mfaPolicies
WITH tr, trusting, trusted, reversed, policiesKnown, mfaPolicies,
     any(p IN mfaPolicies WHERE EXISTS { (p)-[:APPLIES_TO]->(trusted) }) AS tenantWideMfa
WHERE NOT tenantWideMfa
WITH tr, trusting, trusted, reversed, policiesKnown, mfaPolicies, tenantWideMfa,
     COUNT { (i:Identity)-[:IN_TENANT]->(trusted) } AS identities,
     COUNT { MATCH (i:Identity)-[:IN_TENANT]->(trusted)
             WHERE none(p IN mfaPolicies WHERE
                     EXISTS { MATCH (p)-[:APPLIES_TO]->(scope)
                              WHERE scope = i OR scope = trusted
                                 OR EXISTS { (i)-[:MEMBER_OF*1..]->(scope) }
                                 OR EXISTS { (i)-[:MEMBER_OF*0..]->()-[:HAS_ROLE]->(scope) } }
                     AND NOT EXISTS { MATCH (p)<-[:EXEMPTS_FROM]-(:Exception)-[:EXEMPTS]->(x)
                                      WHERE x = i
                                         OR EXISTS { (i)-[:MEMBER_OF*1..]->(x) }
                                         OR EXISTS { (i)-[:MEMBER_OF*0..]->()-[:HAS_ROLE]->(x) } }) } AS uncoveredIdentities,
     COUNT { MATCH (i:Identity)-[:IN_TENANT]->(trusted)
             WHERE EXISTS { MATCH (i)-[:SAME_AS]-(j:Identity)-[:IN_TENANT]->(trusting)
                            WHERE any(held IN [(j)-[:MEMBER_OF*0..]->(up) | up] WHERE held:Group AND held.privileged = true
                               OR EXISTS { (held)-[:HAS_ROLE]->(heldRole:Role) WHERE heldRole.privileged = true }) } } AS privilegedCrossers,
     COUNT { MATCH (s:System)-[:IN_TENANT]->(trusting) WHERE s.criticality = 'critical' } AS criticalSystems,
     COLLECT { MATCH (trusting)<-[:OWNS {role: 'owner'}]-(o)
               RETURN o ORDER BY CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS owners
WITH tr, trusting, trusted, reversed, policiesKnown, mfaPolicies, tenantWideMfa, identities,
     uncoveredIdentities, privilegedCrossers, criticalSystems, head(owners) AS o
WITH tr, trusting, trusted, reversed, policiesKnown, mfaPolicies, tenantWideMfa, identities,
     uncoveredIdentities, privilegedCrossers, criticalSystems, o,
     CASE
       WHEN o IS NULL THEN 'missing'
       WHEN o:Identity THEN coalesce(o.status, 'active')
       WHEN EXISTS { (:Identity {status: 'active'})-[:MEMBER_OF*1..]->(o) } THEN 'active'
       ELSE 'missing'
     END AS ownerStatus,
     CASE
       WHEN NOT policiesKnown AND criticalSystems > 0 THEN 'high'
       WHEN NOT policiesKnown THEN 'medium'
       WHEN criticalSystems > 0 THEN 'critical'
       ELSE 'high'
     END AS severity,
     [p IN mfaPolicies | p.name] AS mfaPolicyNames
RETURN trusting.key AS subject,
       coalesce(trusting.name, trusting.key) + ' accepts MFA claims from ' + coalesce(trusted.name, trusted.key) AS subjectName,
       trusting.key AS tenant,
       severity,
       [{key: trusting.key, label: 'Tenant', name: trusting.name, tenant: trusting.key, edge: 'TRUSTS', weak: true},
        {key: trusted.key, label: 'Tenant', name: trusted.name, tenant: trusted.key, edge: null, weak: false}] AS path,
       {trust: tr.key, trustKind: tr.kind, direction: coalesce(tr.direction, 'one-way'), reversed: reversed,
        mfaAccepted: tr.mfaAccepted, syncEnabled: tr.syncEnabled,
        trustedTenant: trusted.name, trustedTenantKey: trusted.key, trustedKind: trusted.kind,
        trustedAcquired: trusted.acquired, tenantWideMfa: tenantWideMfa, policiesKnown: policiesKnown,
        mfaPolicies: mfaPolicyNames, identities: identities, uncoveredIdentities: uncoveredIdentities,
        privilegedCrossers: privilegedCrossers, criticalSystems: criticalSystems} AS evidence,
       o.key AS ownerKey,
       o.name AS ownerName,
       ownerStatus,
       CASE WHEN o IS NULL THEN 'none' ELSE 'tenant' END AS ownerVia,
       tr.key AS discriminator
