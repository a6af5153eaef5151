// One page of the findings of an analysis run as that run saw them (the snapshot on its FOUND when
// a later run changed the finding), filtered and sorted, with how many match the filters. The run
// is $run, or the latest succeeded one (finishedAt, then id, newest) when $run is null.
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
// matching holds [finding, what the run saw of it] pairs, in order.
MATCH (ar:AnalysisRun)
WHERE ($run IS NULL AND ar.status = 'succeeded') OR ar.id = $run
WITH ar
ORDER BY ar.finishedAt DESC, ar.id DESC
LIMIT 1
OPTIONAL MATCH (ar)-[found:FOUND]->(f:Finding)
WHERE ($rule IS NULL OR f.rule = $rule)
  AND ($severity IS NULL OR CASE WHEN found.snapshot THEN found.severity ELSE f.severity END = $severity)
  AND ($tenant IS NULL OR CASE WHEN found.snapshot THEN found.tenant ELSE f.tenant END = $tenant)
  AND ($ownerStatus IS NULL OR CASE WHEN found.snapshot THEN found.ownerStatus ELSE f.ownerStatus END = $ownerStatus)
  AND ($human IS NULL
       OR ($human = true AND EXISTS { (f)-[:ABOUT]->(:Human) })
       OR ($human = false AND EXISTS { (f)-[:ABOUT]->(:NonHuman) }))
  AND ($text IS NULL
       OR toLower(f.subject) CONTAINS toLower($text)
       OR toLower(coalesce(CASE WHEN found.snapshot THEN found.subjectName ELSE f.subjectName END, '')) CONTAINS toLower($text)
       OR toLower(coalesce(CASE WHEN found.snapshot THEN found.ownerName ELSE f.ownerName END, '')) CONTAINS toLower($text))
WITH ar, f, CASE WHEN found.snapshot THEN found ELSE f END AS seen
WITH ar, f, seen,
     CASE $sort
       WHEN 'severity' THEN CASE seen.severity WHEN 'critical' THEN 3 WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END
       WHEN 'rule' THEN f.rule
       WHEN 'subject' THEN toLower(coalesce(seen.subjectName, f.subject))
       WHEN 'tenant' THEN seen.tenant
       WHEN 'firstSeen' THEN f.firstSeen
     END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END,
         CASE WHEN $descending THEN sortKey END DESC,
         f.key
WITH ar, collect(CASE WHEN f IS NOT NULL THEN [f, seen] END) AS matching
RETURN ar.id AS run,
       size(matching) AS total,
       [m IN matching[$skip..$skip + $limit] |
        {key: m[0].key, rule: m[0].rule, severity: m[1].severity, subject: m[0].subject, subjectName: m[1].subjectName,
         tenant: m[1].tenant, ownerKey: m[1].ownerKey, ownerName: m[1].ownerName, ownerStatus: m[1].ownerStatus,
         ownerVia: m[1].ownerVia, firstSeen: m[0].firstSeen, lastSeen: m[0].lastSeen}] AS findings
