// One finding by its key, with every stored field and the labels of its subject.
// Parameters: $key (the finding's key).
// Columns: key, rule, severity, subject, subjectName, tenant, pathJson (ordered hops as JSON),
//   evidenceJson (JSON object), ownerKey, ownerName, ownerStatus, ownerVia, remediation, standards,
//   firstSeen, lastSeen, lastRun (id of the last run that found it), subjectLabels (the labels of
//   the node it is ABOUT, without Entity; empty when the subject is not in the graph).
// Null: no row when no finding has the key; a null ownerKey or ownerName means none is known.
MATCH (f:Finding {key: $key})
RETURN f.key AS key,
       f.rule AS rule,
       f.severity AS severity,
       f.subject AS subject,
       f.subjectName AS subjectName,
       f.tenant AS tenant,
       f.pathJson AS pathJson,
       f.evidenceJson AS evidenceJson,
       f.ownerKey AS ownerKey,
       f.ownerName AS ownerName,
       f.ownerStatus AS ownerStatus,
       f.ownerVia AS ownerVia,
       f.remediation AS remediation,
       f.standards AS standards,
       f.firstSeen AS firstSeen,
       f.lastSeen AS lastSeen,
       f.lastRun AS lastRun,
       coalesce(head(COLLECT { MATCH (f)-[:ABOUT]->(s) RETURN [l IN labels(s) WHERE l <> 'Entity'] AS labels }), []) AS subjectLabels
