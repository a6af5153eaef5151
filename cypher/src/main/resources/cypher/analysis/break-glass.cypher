// Finds break-glass accounts that break the rules for emergency access: one finding per BreakGlass
//   identity that is synced from an on-premises directory, has no active custodian (OWNS with role
//   custodian or owner from an active Identity), or signed in within the 30 days before $now (taken
//   as use outside drills: the graph has no drill schedule); and one finding per Tenant that holds
//   more than $maxBreakGlass break-glass accounts (discriminator 'too-many'). Monitoring is not in
//   the graph and is not checked.
// Parameters: $now (datetime), $tenant (tenant key, or null for all), $maxBreakGlass (int).
// Columns: subject, subjectName, tenant, severity (high when synced or without an active custodian,
//   else medium; medium for too many), path (one hop: the account or the tenant), evidence (map:
//   reasons and the facts behind them), ownerKey, ownerName, ownerStatus, ownerVia (subject: a
//   custodian; tenant: the tenant's owner; none), discriminator (null, or 'too-many').
// Null: an absent synced or lastSignIn is unknown and does not fire; null owner columns mean no owner.
MATCH (bg:BreakGlass)
WHERE $tenant IS NULL OR bg.tenant = $tenant
MATCH (bg)-[:IN_TENANT]->(t:Tenant)
WITH bg, t,
     COLLECT { MATCH (bg)<-[c:OWNS]-(o:Identity) WHERE c.role IN ['custodian', 'owner']
               RETURN o ORDER BY CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS custodians
WITH bg, t, custodians,
     coalesce(bg.synced, false) AS synced,
     none(c IN custodians WHERE c.status = 'active') AS noActiveCustodian,
     coalesce(bg.lastSignIn >= $now - duration('P30D') AND bg.lastSignIn <= $now, false) AS usedRecently
WHERE synced OR noActiveCustodian OR usedRecently
WITH bg, t, custodians, synced, noActiveCustodian, usedRecently,
     COLLECT { MATCH (t)<-[tr:OWNS]-(o:Identity)
               RETURN o ORDER BY CASE tr.role WHEN 'owner' THEN 0 ELSE 1 END,
                                 CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS tenantOwners
WITH bg, t, synced, noActiveCustodian, usedRecently, custodians,
     coalesce(head(custodians), head(tenantOwners)) AS owner,
     CASE WHEN head(custodians) IS NOT NULL THEN 'subject' WHEN head(tenantOwners) IS NOT NULL THEN 'tenant' ELSE 'none' END AS ownerVia
RETURN bg.key AS subject,
       bg.name AS subjectName,
       bg.tenant AS tenant,
       CASE WHEN synced OR noActiveCustodian THEN 'high' ELSE 'medium' END AS severity,
       [{key: bg.key, label: 'Identity', name: bg.name, tenant: bg.tenant, edge: null, weak: true}] AS path,
       {synced: synced,
        reasons: [r IN [CASE WHEN synced THEN 'synced' END,
                        CASE WHEN noActiveCustodian THEN 'no-active-custodian' END,
                        CASE WHEN usedRecently THEN 'used-recently' END] WHERE r IS NOT NULL],
        custodians: [c IN custodians | c.key],
        activeCustodians: [c IN custodians WHERE c.status = 'active' | c.key],
        lastSignIn: bg.lastSignIn,
        tenantKind: t.kind} AS evidence,
       owner.key AS ownerKey,
       owner.name AS ownerName,
       CASE WHEN owner IS NULL THEN 'missing' ELSE owner.status END AS ownerStatus,
       ownerVia,
       null AS discriminator
UNION ALL
MATCH (b:BreakGlass)
WHERE $tenant IS NULL OR b.tenant = $tenant
MATCH (b)-[:IN_TENANT]->(t:Tenant)
WITH t, b.key AS account
ORDER BY account
WITH t, collect(account) AS accounts
WHERE size(accounts) > $maxBreakGlass
WITH t, accounts,
     COLLECT { MATCH (t)<-[tr:OWNS]-(o:Identity)
               RETURN o ORDER BY CASE tr.role WHEN 'owner' THEN 0 ELSE 1 END,
                                 CASE o.status WHEN 'active' THEN 0 ELSE 1 END, o.key } AS tenantOwners
WITH t, accounts, head(tenantOwners) AS owner
RETURN t.key AS subject,
       t.name AS subjectName,
       t.key AS tenant,
       'medium' AS severity,
       [{key: t.key, label: 'Tenant', name: t.name, tenant: t.key, edge: null, weak: true}] AS path,
       {kind: t.kind, breakGlassAccounts: size(accounts), maxBreakGlass: $maxBreakGlass, accounts: accounts} AS evidence,
       owner.key AS ownerKey,
       owner.name AS ownerName,
       CASE WHEN owner IS NULL THEN 'missing' ELSE owner.status END AS ownerStatus,
       CASE WHEN owner IS NULL THEN 'none' ELSE 'tenant' END AS ownerVia,
       'too-many' AS discriminator
