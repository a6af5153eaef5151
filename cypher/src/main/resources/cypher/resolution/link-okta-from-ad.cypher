// Links an Active Directory account to the Okta user its directory integration imports: the Okta
// user is synced (provider ACTIVE_DIRECTORY or LDAP) and has the same upn as an AD account. Written
// as SAME_AS {kind: 'synced', evidence: 'okta directory integration+upn', confidence: 0.9}, AD
// first, unless a SAME_AS already joins them. Auto-commit transaction (session.run).
// Parameters: $source, $run, $now.
// Columns: linked (int).
// Null: Okta users without upn, or not synced, are never linked by this rule.
MATCH (o:Identity)
WHERE o.synced = true AND o.upn IS NOT NULL
MATCH (tenant:Entity {key: o.tenant})
WHERE tenant:Tenant AND tenant.kind = 'okta'
MATCH (a:Identity {upn: o.upn})
WHERE a.tenant <> o.tenant AND NOT EXISTS { (a)-[:SAME_AS]-(o) }
MATCH (ad:Entity {key: a.tenant})
WHERE ad:Tenant AND ad.kind = 'ad'
CALL (a, o) {
  CREATE (a)-[:SAME_AS {kind: 'synced', evidence: 'okta directory integration+upn', confidence: 0.9,
                        source: $source, lastRun: $run, firstSeen: $now, lastSeen: $now}]->(o)
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS linked
