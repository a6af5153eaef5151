// A shortest path between two graph nodes over any relationship, either direction, at most 8
// hops, through graph nodes only (never through a Finding, AnalysisRun or IngestRun, so never
// over FOUND or ABOUT).
// Parameters: $from, $to (node keys; different).
// Columns: nodes (list of [key, labels without Entity, name, tenant], in path order), edges (list
//   of [type, start key, end key], in path order, each as stored).
// Null: no row when either key is unknown or no such path exists. Names are the name, else an
//   auth path's protocol, an exception's ticket or a credential's kind.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
  AND none(r IN relationships(p) WHERE type(r) IN ['FOUND', 'ABOUT'])
RETURN [n IN nodes(p) | [n.key, [l IN labels(n) WHERE l <> 'Entity'], coalesce(n.name, n.protocol, n.ticket, n.kind), n.tenant]] AS nodes,
       [r IN relationships(p) | [type(r), startNode(r).key, endNode(r).key]] AS edges
