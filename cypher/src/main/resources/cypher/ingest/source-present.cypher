// Whether a source already has nodes in any of these scopes. When it has none, nothing of it can
// be stale after a run, and the loader skips the cleanup scans.
// Parameters: $source, $scopes (tenant and organization keys).
// Columns: present (boolean); always one row.
// Null: never null.
RETURN EXISTS {
  MATCH (n:Entity)
  WHERE n.tenant IN $scopes AND n.source = $source
} AS present
