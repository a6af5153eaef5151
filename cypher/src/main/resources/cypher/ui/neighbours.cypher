// A node and its neighbours in both directions through any relationship between graph nodes
// (Finding, AnalysisRun and IngestRun nodes are left out), by relationship type then neighbour key.
// Parameters: $key (the node's key), $limit (at most this many relationships; ask one more than
//   shown to learn whether there are more).
// Columns: key, labels (every label but Entity), name, tenant (of the node); type, fromKey, toKey
//   (one relationship, as stored), neighbourKey, neighbourLabels, neighbourName, neighbourTenant.
// Null: no row when no node has the key; one row with a null type when it has no neighbour. Names
//   are the name, else an auth path's protocol, an exception's ticket or a credential's kind.
MATCH (n:Entity {key: $key})
OPTIONAL CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  RETURN r, m
  ORDER BY type(r), m.key, elementId(r)
  LIMIT $limit
}
RETURN n.key AS key,
       [l IN labels(n) WHERE l <> 'Entity'] AS labels,
       coalesce(n.name, n.protocol, n.ticket, n.kind) AS name,
       n.tenant AS tenant,
       type(r) AS type,
       startNode(r).key AS fromKey,
       endNode(r).key AS toKey,
       m.key AS neighbourKey,
       [l IN labels(m) WHERE l <> 'Entity'] AS neighbourLabels,
       coalesce(m.name, m.protocol, m.ticket, m.kind) AS neighbourName,
       m.tenant AS neighbourTenant
