// One page of the findings of an analysis run, filtered and sorted, with how many match the
// filters. The run is $run, or the latest succeeded one (finishedAt, then id, newest) when $run is null.
// Filters are ANDed; a null filter keeps everything. $human true keeps findings ABOUT a Human,
// false ABOUT a NonHuman (other subjects drop out). $text is plain text, matched as a
// case-insensitive substring of the subject's key or name or of the owner's name.
// Sort: $sort is one of severity (low < medium < high < critical), rule, subject (its name, else
// its key, case-insensitive), tenant, firstSeen; the caller whitelists it. $descending reverses
// it; ties go by key.
// Parameters: $run, $rule, $severity, $tenant, $ownerStatus, $human, $text, $sort, $descending,
//   $skip (rows before the page), $limit (page size).
// Columns: run (the run's id), total (findings matching the filters), findings (the page, maps of
//   key, rule, severity, subject, subjectName, tenant, ownerKey, ownerName, ownerStatus, ownerVia,
//   firstSeen, lastSeen). No row when there is no such run.
// Null: a null subjectName, ownerKey or ownerName means none is known; a null tenant, unknown.
MATCH (ar:AnalysisRun)
WHERE ($run IS NULL AND ar.status = 'succeeded') OR ar.id = $run
WITH ar
ORDER BY ar.finishedAt DESC, ar.id DESC
LIMIT 1
OPTIONAL MATCH (ar)-[:FOUND]->(f:Finding)
WHERE ($rule IS NULL OR f.rule = $rule)
  AND ($severity IS NULL OR f.severity = $severity)
  AND ($tenant IS NULL OR f.tenant = $tenant)
  AND ($ownerStatus IS NULL OR f.ownerStatus = $ownerStatus)
  AND ($human IS NULL
       OR ($human = true AND EXISTS { (f)-[:ABOUT]->(:Human) })
       OR ($human = false AND EXISTS { (f)-[:ABOUT]->(:NonHuman) }))
  AND ($text IS NULL
       OR toLower(f.subject) CONTAINS toLower($text)
       OR toLower(coalesce(f.subjectName, '')) CONTAINS toLower($text)
       OR toLower(coalesce(f.ownerName, '')) CONTAINS toLower($text))
WITH ar, f,
     CASE $sort
       WHEN 'severity' THEN CASE f.severity WHEN 'critical' THEN 3 WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END
       WHEN 'rule' THEN f.rule
       WHEN 'subject' THEN toLower(coalesce(f.subjectName, f.subject))
       WHEN 'tenant' THEN f.tenant
       WHEN 'firstSeen' THEN f.firstSeen
     END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END,
         CASE WHEN $descending THEN sortKey END DESC,
         f.key
WITH ar, collect(f) AS matching
RETURN ar.id AS run,
       size(matching) AS total,
       [f IN matching[$skip..$skip + $limit] |
        f {.key, .rule, .severity, .subject, .subjectName, .tenant, .ownerKey, .ownerName, .ownerStatus, .ownerVia,
           .firstSeen, .lastSeen}] AS findings
