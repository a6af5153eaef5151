// Uniqueness constraints. Every ingest MERGE on Entity.key goes through entity_key, so it must
// exist before the first write.
// Parameters: none. Columns: none. Idempotent: IF NOT EXISTS.
CREATE CONSTRAINT entity_key IF NOT EXISTS
FOR (n:Entity) REQUIRE n.key IS UNIQUE;

CREATE CONSTRAINT ingest_run_id IF NOT EXISTS
FOR (ir:IngestRun) REQUIRE ir.id IS UNIQUE;
