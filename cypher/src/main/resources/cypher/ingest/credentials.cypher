// Writes Credential nodes from credentials.csv: one MERGE per row on its key. credentials.csv has
// no name column, so a Credential has no name.
// Parameters: $rows (list of maps with keys id, tenant, identity, kind, status, created, expires,
//   last_used, last_rotated, leaked_at), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown); a null expires means never, a
//   null leaked_at means no leak is known.
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:Credential,
    n.source = $source,
    n.tenant = row.tenant,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.kind = row.kind,
    n.status = row.status,
    n.createdAt = row.created,
    n.expiresAt = row.expires,
    n.lastUsedAt = row.last_used,
    n.lastRotatedAt = row.last_rotated,
    n.leakedAt = row.leaked_at
