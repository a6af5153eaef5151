// Counts the nodes of every label of the graph model except Entity, from the count store (one
// lookup per label, constant time). Labels are listed literally because in Neo4j 5.26 a dynamic
// label (MATCH (n:$(label))) scans all nodes once per label instead of reading the count store.
// IngestRun, AnalysisRun and Finding are counted too. A label that is not in the graph model is not counted.
// Parameters: none.
// Columns: label (string), count (int); only labels with at least one node, ordered by label.
// Null: never null.
CALL () {
  RETURN 'AIAgent' AS label, COUNT { (:AIAgent) } AS count
  UNION ALL RETURN 'AnalysisRun' AS label, COUNT { (:AnalysisRun) } AS count
  UNION ALL RETURN 'AccessKey' AS label, COUNT { (:AccessKey) } AS count
  UNION ALL RETURN 'Admin' AS label, COUNT { (:Admin) } AS count
  UNION ALL RETURN 'ApiKey' AS label, COUNT { (:ApiKey) } AS count
  UNION ALL RETURN 'AuthPath' AS label, COUNT { (:AuthPath) } AS count
  UNION ALL RETURN 'BreakGlass' AS label, COUNT { (:BreakGlass) } AS count
  UNION ALL RETURN 'BusinessUnit' AS label, COUNT { (:BusinessUnit) } AS count
  UNION ALL RETURN 'Credential' AS label, COUNT { (:Credential) } AS count
  UNION ALL RETURN 'Exception' AS label, COUNT { (:Exception) } AS count
  UNION ALL RETURN 'Finding' AS label, COUNT { (:Finding) } AS count
  UNION ALL RETURN 'Generic' AS label, COUNT { (:Generic) } AS count
  UNION ALL RETURN 'Group' AS label, COUNT { (:Group) } AS count
  UNION ALL RETURN 'Guest' AS label, COUNT { (:Guest) } AS count
  UNION ALL RETURN 'Human' AS label, COUNT { (:Human) } AS count
  UNION ALL RETURN 'Identity' AS label, COUNT { (:Identity) } AS count
  UNION ALL RETURN 'IngestRun' AS label, COUNT { (:IngestRun) } AS count
  UNION ALL RETURN 'ManagedIdentity' AS label, COUNT { (:ManagedIdentity) } AS count
  UNION ALL RETURN 'Member' AS label, COUNT { (:Member) } AS count
  UNION ALL RETURN 'NonHuman' AS label, COUNT { (:NonHuman) } AS count
  UNION ALL RETURN 'Organization' AS label, COUNT { (:Organization) } AS count
  UNION ALL RETURN 'Policy' AS label, COUNT { (:Policy) } AS count
  UNION ALL RETURN 'RecoveryPath' AS label, COUNT { (:RecoveryPath) } AS count
  UNION ALL RETURN 'Role' AS label, COUNT { (:Role) } AS count
  UNION ALL RETURN 'ServiceAccount' AS label, COUNT { (:ServiceAccount) } AS count
  UNION ALL RETURN 'ServicePrincipal' AS label, COUNT { (:ServicePrincipal) } AS count
  UNION ALL RETURN 'System' AS label, COUNT { (:System) } AS count
  UNION ALL RETURN 'Tenant' AS label, COUNT { (:Tenant) } AS count
  UNION ALL RETURN 'Token' AS label, COUNT { (:Token) } AS count
  UNION ALL RETURN 'Workload' AS label, COUNT { (:Workload) } AS count
}
WITH label, count
WHERE count > 0
RETURN label, count
ORDER BY label
