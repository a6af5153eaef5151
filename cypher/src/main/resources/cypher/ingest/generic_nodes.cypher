// Writes Generic nodes from generic_nodes.csv: entities of any other model (BloodHound OpenGraph
// nodes and the like), one MERGE per row on its key. Their kinds are kept as a list property, not
// as labels, so the set of labels stays closed; their properties as the JSON text of the row.
// Parameters: $rows (list of maps with keys id, tenant, kinds, name, properties), $source, $run,
//   $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown).
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:Generic,
    n.source = $source,
    n.tenant = row.tenant,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.name = row.name,
    n.kinds = row.kinds,
    n.propertiesJson = row.properties
