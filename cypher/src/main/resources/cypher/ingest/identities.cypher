// Writes Identity nodes from identities.csv: one MERGE per row on its key, with the labels of its
// kind: Human + Member, Guest, Admin or BreakGlass; NonHuman + ServicePrincipal, ManagedIdentity,
// ServiceAccount, ApiKey, AccessKey, Token, Workload or AIAgent. When a rerun changes the kind,
// the labels of the old kind are removed first; an unchanged kind touches no label.
// Parameters: $rows (list of maps with keys id, tenant, kind, name, display_name, email, upn,
//   status, synced, on_prem_sid, employee_id, mfa_registered, mfa_methods, created, last_sign_in,
//   legacy_auth_allowed, legacy_auth_last_used, last_interactive_sign_in, source_id, and human,
//   derived from kind), $source, $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown).
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
FOREACH (_ IN CASE WHEN n.kind <> row.kind THEN [1] ELSE [] END |
  REMOVE n:Human:NonHuman:Member:Guest:Admin:BreakGlass
  REMOVE n:ServicePrincipal:ManagedIdentity:ServiceAccount:ApiKey:AccessKey:Token:Workload:AIAgent)
SET n:Identity,
    n.source = $source,
    n.tenant = row.tenant,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.name = row.name,
    n.kind = row.kind,
    n.human = row.human,
    n.displayName = row.display_name,
    n.email = row.email,
    n.upn = row.upn,
    n.status = row.status,
    n.synced = row.synced,
    n.onPremSid = row.on_prem_sid,
    n.employeeId = row.employee_id,
    n.mfaRegistered = row.mfa_registered,
    n.mfaMethods = row.mfa_methods,
    n.createdAt = row.created,
    n.lastSignIn = row.last_sign_in,
    n.legacyAuthAllowed = row.legacy_auth_allowed,
    n.legacyAuthLastUsed = row.legacy_auth_last_used,
    n.lastInteractiveSignIn = row.last_interactive_sign_in,
    n.sourceId = row.source_id
FOREACH (_ IN CASE row.kind WHEN 'member' THEN [1] ELSE [] END | SET n:Human:Member)
FOREACH (_ IN CASE row.kind WHEN 'guest' THEN [1] ELSE [] END | SET n:Human:Guest)
FOREACH (_ IN CASE row.kind WHEN 'admin' THEN [1] ELSE [] END | SET n:Human:Admin)
FOREACH (_ IN CASE row.kind WHEN 'break-glass' THEN [1] ELSE [] END | SET n:Human:BreakGlass)
FOREACH (_ IN CASE row.kind WHEN 'service-principal' THEN [1] ELSE [] END | SET n:NonHuman:ServicePrincipal)
FOREACH (_ IN CASE row.kind WHEN 'managed-identity' THEN [1] ELSE [] END | SET n:NonHuman:ManagedIdentity)
FOREACH (_ IN CASE row.kind WHEN 'service-account' THEN [1] ELSE [] END | SET n:NonHuman:ServiceAccount)
FOREACH (_ IN CASE row.kind WHEN 'api-key' THEN [1] ELSE [] END | SET n:NonHuman:ApiKey)
FOREACH (_ IN CASE row.kind WHEN 'access-key' THEN [1] ELSE [] END | SET n:NonHuman:AccessKey)
FOREACH (_ IN CASE row.kind WHEN 'token' THEN [1] ELSE [] END | SET n:NonHuman:Token)
FOREACH (_ IN CASE row.kind WHEN 'workload' THEN [1] ELSE [] END | SET n:NonHuman:Workload)
FOREACH (_ IN CASE row.kind WHEN 'ai-agent' THEN [1] ELSE [] END | SET n:NonHuman:AIAgent)
