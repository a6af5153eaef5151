// Writes Exception nodes from exceptions.csv (one exclusion of a subject from a policy): one
// MERGE per row on its key. exceptions.csv has no name column, so an Exception has no name.
// Parameters: $rows (list of maps with keys id, tenant, policy, subject, owner, requester,
//   approver, justification, ticket, created, expires, approved_size), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown); a null expires means never.
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:Exception,
    n.source = $source,
    n.tenant = row.tenant,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.justification = row.justification,
    n.ticket = row.ticket,
    n.createdAt = row.created,
    n.expiresAt = row.expires,
    n.approvedSize = row.approved_size
