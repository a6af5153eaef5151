// Writes Tenant nodes from tenants.csv: one MERGE per row on its key. A tenant carries its own key
// as tenant.
// Parameters: $rows (list of maps with keys id, name, kind, business_unit, external_id,
//   primary_domain, acquired, acquisition_date, acquirer, status, smtp_auth_disabled), $source,
//   $run, $now.
// Columns: none; read the summary counters.
// Null: a null value removes the property (absent means unknown).
UNWIND $rows AS row
MERGE (n:Entity {key: row.id})
  ON CREATE SET n.firstSeen = $now
SET n:Tenant,
    n.source = $source,
    n.tenant = row.id,
    n.lastSeen = $now,
    n.lastRun = $run,
    n.name = row.name,
    n.kind = row.kind,
    n.externalId = row.external_id,
    n.primaryDomain = row.primary_domain,
    n.acquired = row.acquired,
    n.acquisitionDate = row.acquisition_date,
    n.status = row.status,
    n.smtpAuthDisabled = row.smtp_auth_disabled
