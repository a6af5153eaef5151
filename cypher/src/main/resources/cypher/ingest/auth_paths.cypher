// Writes AuthPath nodes from auth_paths.csv (how a population authenticates to a system): one
// MERGE per row on its key. auth_paths.csv has no name column, so an AuthPath has no name.
// Parameters: $rows (list of maps with keys id, tenant, subject, system, protocol, mfa_enforced,
//   last_used, and legacy, derived from protocol), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown).
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:AuthPath,
    n.source = $source,
    n.tenant = row.tenant,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.protocol = row.protocol,
    n.legacy = row.legacy,
    n.mfaEnforced = row.mfa_enforced,
    n.lastUsedAt = row.last_used
