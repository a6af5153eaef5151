// The display names of the nodes with these keys: a path rule's projection keeps keys only and
// asks for the names of the nodes its findings show.
// Parameters: $keys (list of node keys).
// Columns: key, name (the node's name; an auth path's protocol, a credential's kind, an
//   exception's ticket when it has no name).
// Null: name is null when the node has none; keys not in the graph give no row.
MATCH (n:Entity)
WHERE n.key IN $keys
RETURN n.key AS key, coalesce(n.name, n.protocol, n.ticket, n.kind) AS name
ORDER BY key
