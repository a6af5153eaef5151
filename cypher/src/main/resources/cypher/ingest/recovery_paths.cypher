// Writes RecoveryPath nodes from recovery_paths.csv (how credentials or factors of a target get
// reset): one MERGE per row on its key. selfService is true when no actor is given (the target
// resets itself). recovery_paths.csv has no name column, so a RecoveryPath has no name.
// Parameters: $rows (list of maps with keys id, tenant, target, actor, method, strength, the
//   strength already defaulted from the method), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown); a null actor means self-service.
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:RecoveryPath,
    n.source = $source,
    n.tenant = row.tenant,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.method = row.method,
    n.strength = row.strength,
    n.selfService = row.actor IS NULL
