// Range indexes on the properties that lookups, stale cleanup, identity resolution and the run history
// filter or sort on. Each index slows every write of its label (measured: the 1M-identity load), so a
// property gets one only when a statement seeks by it.
// Parameters: none. Columns: none. Idempotent: IF NOT EXISTS.
CREATE INDEX entity_tenant IF NOT EXISTS FOR (n:Entity) ON (n.tenant);

CREATE INDEX identity_email IF NOT EXISTS FOR (n:Identity) ON (n.email);

CREATE INDEX identity_upn IF NOT EXISTS FOR (n:Identity) ON (n.upn);

CREATE INDEX identity_on_prem_sid IF NOT EXISTS FOR (n:Identity) ON (n.onPremSid);

CREATE INDEX identity_employee_id IF NOT EXISTS FOR (n:Identity) ON (n.employeeId);

CREATE INDEX system_criticality IF NOT EXISTS FOR (n:System) ON (n.criticality);

CREATE INDEX ingest_run_started_at IF NOT EXISTS FOR (ir:IngestRun) ON (ir.startedAt);
