// Links each Tenant to its BusinessUnit (BELONGS_TO) and to its acquirer, a BusinessUnit or an
// Organization (ACQUIRED_BY, with the acquisition date).
// Parameters: $rows (tenants.csv rows: id, business_unit, acquirer, acquisition_date), $source,
//   $run, $now.
// Columns: none; read the summary counters.
// Null: a null business_unit or acquirer writes no relationship; a null acquisition_date removes
//   ACQUIRED_BY.date.
UNWIND $rows AS row
MATCH (n:Entity {key: row.id})
CALL (row, n) {
  WITH * WHERE row.business_unit IS NOT NULL
  MATCH (b:Entity {key: row.business_unit})
  MERGE (n)-[r:BELONGS_TO]->(b)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run
}
CALL (row, n) {
  WITH * WHERE row.acquirer IS NOT NULL
  MATCH (a:Entity {key: row.acquirer})
  MERGE (n)-[r:ACQUIRED_BY]->(a)
    ON CREATE SET r.firstSeen = $now
  SET r.source = $source,
      r.lastSeen = $now,
      r.lastRun = $run,
      r.date = row.acquisition_date
}
