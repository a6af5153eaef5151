// The findings of an analysis run of the given rules, with their paths, for the tenant-by-tenant
// bypass matrix: the caller reads from which tenant to which each path goes from the path's hops.
// The run is $run, or the latest succeeded one (finishedAt, then id, newest) when $run is null. $hop, when
// not null, keeps only paths whose JSON contains it (the caller passes a hop's "key":"..." to
// narrow the read, then checks the parsed path).
// Parameters: $run, $rules (list of rule ids), $hop (text the pathJson must contain; null for all).
// Columns: run (the run's id), finding (map of key, rule, severity, subject, subjectName, tenant,
//   ownerKey, ownerName, ownerStatus, ownerVia, firstSeen, lastSeen), pathJson; ordered by key.
// Null: no row when there is no such run or it found none of these rules' findings.
MATCH (ar:AnalysisRun)
WHERE ($run IS NULL AND ar.status = 'succeeded') OR ar.id = $run
WITH ar
ORDER BY ar.finishedAt DESC, ar.id DESC
LIMIT 1
MATCH (ar)-[:FOUND]->(f:Finding)
WHERE f.rule IN $rules
  AND ($hop IS NULL OR f.pathJson CONTAINS $hop)
RETURN ar.id AS run,
       f {.key, .rule, .severity, .subject, .subjectName, .tenant, .ownerKey, .ownerName, .ownerStatus, .ownerVia,
          .firstSeen, .lastSeen} AS finding,
       f.pathJson AS pathJson
ORDER BY f.key
