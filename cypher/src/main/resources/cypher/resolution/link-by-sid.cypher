// Links an Active Directory account to the cloud account synced from it: same on-premises SID
// (the AD objectSid, Entra onPremisesSecurityIdentifier) in two tenants, the AD one first.
// Written as SAME_AS {kind: 'synced', evidence: 'onPremisesSecurityIdentifier', confidence: 1.0}
// unless a SAME_AS of that kind already joins them. Auto-commit transaction (session.run).
// Parameters: $source, $run, $now.
// Columns: linked (int).
// Null: identities without onPremSid are never linked by this rule.
MATCH (a:Identity)
WHERE a.onPremSid IS NOT NULL
MATCH (ta:Entity {key: a.tenant})
WHERE ta:Tenant AND ta.kind = 'ad'
MATCH (b:Identity {onPremSid: a.onPremSid})
WHERE b.tenant <> a.tenant AND NOT EXISTS { (a)-[:SAME_AS {kind: 'synced'}]-(b) }
CALL (a, b) {
  CREATE (a)-[:SAME_AS {kind: 'synced', evidence: 'onPremisesSecurityIdentifier', confidence: 1.0,
                        source: $source, lastRun: $run, firstSeen: $now, lastSeen: $now}]->(b)
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS linked
