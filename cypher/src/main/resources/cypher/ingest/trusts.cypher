// Writes TRUSTS relationships from trusts.csv: the trusting Tenant accepts the trusted Tenant's
// identities or claims. Merged per trust key, so two trusts between the same tenants stay apart.
// When the row names a target (the Identity, Role or System the trust grants access to, such as
// the AWS role of a cross-account trust), also writes CAN_REACH from the trusted Tenant to it,
// merged per trust key, so a path runs identity -IN_TENANT-> tenant -CAN_REACH-> target.
// Parameters: $rows (list of maps with keys id, trusting_tenant, trusted_tenant, kind, direction,
//   transitive, mfa_accepted, sid_filtering, sync_enabled, mfa_required, target), $source, $run,
//   $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown); a null target writes no
//   CAN_REACH; a row whose tenants do not exist writes nothing.
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
    r.syncEnabled = row.sync_enabled,
    r.mfaRequired = row.mfa_required,
    r.target = row.target
WITH row, b
CALL (row, b) {
  WITH * WHERE row.target IS NOT NULL
  MATCH (g:Entity {key: row.target})
  MERGE (b)-[c:CAN_REACH {trust: row.id}]->(g)
    ON CREATE SET c.firstSeen = $now
  SET c.source = $source,
      c.lastSeen = $now,
      c.lastRun = $run,
      c.mfaRequired = row.mfa_required
}
