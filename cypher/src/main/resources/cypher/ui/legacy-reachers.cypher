// Who reaches a system without MFA over a legacy protocol: each Identity, Group or Tenant with an
// AuthPath that is legacy, does not enforce MFA and REACHES the system, with that path.
// Parameters: $key (the system's key), $limit (at most this many auth path uses; ask one more than
//   shown to learn whether there are more).
// Columns: key, labels, name, tenant (who: labels without Entity), pathKey, protocol (of the auth
//   path), pathTenant, systemKey, systemName, systemTenant; ordered by protocol, who's key.
// Null: no row when the system has no such path or no System has the key.
MATCH (s:System {key: $key})<-[:REACHES]-(ap:AuthPath)<-[:HAS_AUTH_PATH]-(who)
WHERE ap.legacy = true AND ap.mfaEnforced = false
RETURN who.key AS key,
       [l IN labels(who) WHERE l <> 'Entity'] AS labels,
       who.name AS name,
       who.tenant AS tenant,
       ap.key AS pathKey,
       ap.protocol AS protocol,
       ap.tenant AS pathTenant,
       s.key AS systemKey,
       s.name AS systemName,
       s.tenant AS systemTenant
ORDER BY protocol, key, pathKey
LIMIT $limit
