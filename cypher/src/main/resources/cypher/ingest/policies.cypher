// Writes Policy nodes from policies.csv: one MERGE per row on its key. Who and what a policy
// covers is written by policy_scope; whom it excludes, by exceptions-links.
// Parameters: $rows (list of maps with keys id, tenant, name, kind, state, control,
//   client_app_types, and enforced, derived: state = enabled), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown).
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:Policy,
    n.source = $source,
    n.tenant = row.tenant,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.name = row.name,
    n.kind = row.kind,
    n.state = row.state,
    n.control = row.control,
    n.clientAppTypes = row.client_app_types,
    n.enforced = row.enforced
