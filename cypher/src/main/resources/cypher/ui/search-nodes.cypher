// Finds graph nodes whose key or name contains a text, case-insensitively, as plain text: exact
// matches of key or name first, then names starting with it, then keys starting with it, then the
// rest; within each, by display name (case-insensitive) and key.
// Parameters: $text, $limit (at most this many rows; ask one more than shown to learn whether
//   there are more).
// Columns: key, labels (every label but Entity), name (the name; an auth path's protocol, an
//   exception's ticket or a credential's kind when it has none), tenant.
// Null: a null name or tenant means the node has none.
MATCH (n:Entity)
WITH n, toLower($text) AS text, toLower(n.key) AS lowerKey, toLower(coalesce(n.name, '')) AS lowerName
WHERE lowerKey CONTAINS text OR lowerName CONTAINS text
RETURN n.key AS key,
       [l IN labels(n) WHERE l <> 'Entity'] AS labels,
       coalesce(n.name, n.protocol, n.ticket, n.kind) AS name,
       n.tenant AS tenant
ORDER BY CASE WHEN lowerKey = text OR lowerName = text THEN 0
              WHEN lowerName STARTS WITH text THEN 1
              WHEN lowerKey STARTS WITH text THEN 2
              ELSE 3 END,
         toLower(name), key
LIMIT $limit
