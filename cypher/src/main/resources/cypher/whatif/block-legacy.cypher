// What-if overlay: blocks legacy protocols for a tenant, as an enabled block policy covering
//   exchange-activesync and other clients would: the legacy AuthPaths of the tenant (IN_TENANT)
//   and those whose subject is the tenant or is in it are removed, since a blocked protocol is no
//   path at all. Only the given protocols when a list is given, every legacy one otherwise.
// Parameters: $tenant (tenant key), $protocols (list of protocols, or null for all legacy ones).
// Columns: changed (auth paths removed).
// Null: a null protocols means every legacy protocol.
MATCH (ap:AuthPath)
WHERE ap.legacy = true AND ($protocols IS NULL OR ap.protocol IN $protocols)
  AND (EXISTS { (ap)-[:IN_TENANT]->(:Tenant {key: $tenant}) }
       OR EXISTS { (subject)-[:HAS_AUTH_PATH]->(ap)
                   WHERE subject.key = $tenant OR EXISTS { (subject)-[:IN_TENANT]->(:Tenant {key: $tenant}) } })
DETACH DELETE ap
RETURN count(*) AS changed
