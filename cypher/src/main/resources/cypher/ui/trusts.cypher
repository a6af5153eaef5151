// Every trust between tenants, as stored: the trusting tenant accepts the trusted tenant's
// identities or claims (both ways when two-way).
// Parameters: none.
// Columns: key, trusting (tenant key), trusted (tenant key), kind, direction (one-way, two-way),
//   transitive, mfaAccepted, sidFiltering, syncEnabled, mfaRequired, target (key of what it grants
//   access to); ordered by trusting, trusted and key.
// Null: null means unknown (the property is absent); a null direction is one-way.
MATCH (trusting:Tenant)-[t:TRUSTS]->(trusted:Tenant)
RETURN t.key AS key,
       trusting.key AS trusting,
       trusted.key AS trusted,
       t.kind AS kind,
       t.direction AS direction,
       t.transitive AS transitive,
       t.mfaAccepted AS mfaAccepted,
       t.sidFiltering AS sidFiltering,
       t.syncEnabled AS syncEnabled,
       t.mfaRequired AS mfaRequired,
       t.target AS target
ORDER BY trusting, trusted, key
