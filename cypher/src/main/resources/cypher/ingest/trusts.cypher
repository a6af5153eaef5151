// Writes TRUSTS relationships from trusts.csv: the trusting Tenant accepts the trusted Tenant's
// identities or claims. Merged per trust key, so two trusts between the same tenants stay apart.
// Parameters: $rows (list of maps with keys id, trusting_tenant, trusted_tenant, kind, direction,
//   transitive, mfa_accepted, sid_filtering, sync_enabled), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown); a row whose tenants do not
//   exist writes nothing.
UNWIND $rows AS row
MATCH (a:Entity {key: row.trusting_tenant})
MATCH (b:Entity {key: row.trusted_tenant})
MERGE (a)-[r:TRUSTS {key: row.id}]->(b)
  ON CREATE SET r.firstSeen = $now
SET r.source = $source,
    r.lastSeen = $now,
    r.lastRun = $run,
    r.kind = row.kind,
    r.direction = row.direction,
    r.transitive = row.transitive,
    r.mfaAccepted = row.mfa_accepted,
    r.sidFiltering = row.sid_filtering,
    r.syncEnabled = row.sync_enabled
