// The nodes with these keys as the UI shows them on hover: labels, display name, tenant and a fixed
// set of the properties that say what the node is.
// Parameters: $keys (list of node keys).
// Columns: key, labels (every label but Entity), name (the name; an auth path's protocol, an
//   exception's ticket or a credential's kind when it has none), tenant, properties (map of kind,
//   status, criticality, requiresMfa, protocol, legacy, mfaEnforced, privileged, acquired,
//   acquisitionDate, state, control, human, mfaRegistered, legacyAuthAllowed, synced, email, upn,
//   lastSignIn, expiresAt).
// Null: keys not in the graph give no row; a null property means unknown (absent).
MATCH (n:Entity)
WHERE n.key IN $keys
RETURN n.key AS key,
       [l IN labels(n) WHERE l <> 'Entity'] AS labels,
       coalesce(n.name, n.protocol, n.ticket, n.kind) AS name,
       n.tenant AS tenant,
       n {.kind, .status, .criticality, .requiresMfa, .protocol, .legacy, .mfaEnforced, .privileged, .acquired,
          .acquisitionDate, .state, .control, .human, .mfaRegistered, .legacyAuthAllowed, .synced, .email, .upn,
          .lastSignIn, .expiresAt} AS properties
ORDER BY key
