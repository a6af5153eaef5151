// Range indexes on the properties that lookups, stale cleanup and the run history filter or sort on.
// Parameters: none. Columns: none. Idempotent: IF NOT EXISTS.
CREATE INDEX entity_tenant IF NOT EXISTS FOR (n:Entity) ON (n.tenant);

CREATE INDEX entity_source IF NOT EXISTS FOR (n:Entity) ON (n.source);

CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

CREATE INDEX identity_email IF NOT EXISTS FOR (n:Identity) ON (n.email);

CREATE INDEX identity_upn IF NOT EXISTS FOR (n:Identity) ON (n.upn);

CREATE INDEX identity_on_prem_sid IF NOT EXISTS FOR (n:Identity) ON (n.onPremSid);

CREATE INDEX identity_employee_id IF NOT EXISTS FOR (n:Identity) ON (n.employeeId);

CREATE INDEX system_criticality IF NOT EXISTS FOR (n:System) ON (n.criticality);

CREATE INDEX ingest_run_started_at IF NOT EXISTS FOR (ir:IngestRun) ON (ir.startedAt);
