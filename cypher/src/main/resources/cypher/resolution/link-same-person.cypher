// Links the same person in two tenants: humans with an equal employeeId (confidence 0.9), upn
// (0.85) or email (0.8). One SAME_AS {kind: 'same-person'} per pair, lower tenant key first, with
// every matching evidence listed ('employeeId+upn') and the highest confidence; none when any
// SAME_AS already joins the pair. Auto-commit transaction (session.run).
// Parameters: $source, $run, $now.
// Columns: linked (int).
// Null: a null employeeId, upn or email matches nothing.
MATCH (a:Human)
CALL (a) {
  MATCH (b:Identity {employeeId: a.employeeId})
  WHERE b:Human
  RETURN b, 'employeeId' AS evidence, 0.9 AS confidence
  UNION
  MATCH (b:Identity {upn: a.upn})
  WHERE b:Human
  RETURN b, 'upn' AS evidence, 0.85 AS confidence
  UNION
  MATCH (b:Identity {email: a.email})
  WHERE b:Human
  RETURN b, 'email' AS evidence, 0.8 AS confidence
}
WITH a, b, evidence, confidence
WHERE a.tenant < b.tenant
WITH a, b, collect(evidence) AS evidences, max(confidence) AS confidence
WHERE NOT EXISTS { (a)-[:SAME_AS]-(b) }
CALL (a, b, evidences, confidence) {
  CREATE (a)-[:SAME_AS {kind: 'same-person', evidence: reduce(s = head(evidences), e IN tail(evidences) | s + '+' + e),
                        confidence: confidence, source: $source, lastRun: $run, firstSeen: $now, lastSeen: $now}]->(b)
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS linked
