// Counts the relationships of every type of the graph model, from the count store (one lookup
// per type, constant time). Types are listed literally because in Neo4j 5.26 a dynamic type
// (MATCH ()-[r:$(type)]->()) scans all relationships once per type instead of reading the count
// store. A type that is not in the graph model is not counted.
// Parameters: none.
// Columns: type (string), count (int); only types with at least one relationship, ordered by type.
// Null: never null.
CALL () {
  RETURN 'ACQUIRED_BY' AS type, COUNT { ()-[:ACQUIRED_BY]->() } AS count
  UNION ALL RETURN 'ABOUT' AS type, COUNT { ()-[:ABOUT]->() } AS count
  UNION ALL RETURN 'APPLIES_TO' AS type, COUNT { ()-[:APPLIES_TO]->() } AS count
  UNION ALL RETURN 'APPROVED_BY' AS type, COUNT { ()-[:APPROVED_BY]->() } AS count
  UNION ALL RETURN 'BELONGS_TO' AS type, COUNT { ()-[:BELONGS_TO]->() } AS count
  UNION ALL RETURN 'CAN_ACCESS' AS type, COUNT { ()-[:CAN_ACCESS]->() } AS count
  UNION ALL RETURN 'CAN_INITIATE' AS type, COUNT { ()-[:CAN_INITIATE]->() } AS count
  UNION ALL RETURN 'CAN_REACH' AS type, COUNT { ()-[:CAN_REACH]->() } AS count
  UNION ALL RETURN 'EXEMPTS' AS type, COUNT { ()-[:EXEMPTS]->() } AS count
  UNION ALL RETURN 'EXEMPTS_FROM' AS type, COUNT { ()-[:EXEMPTS_FROM]->() } AS count
  UNION ALL RETURN 'FOUND' AS type, COUNT { ()-[:FOUND]->() } AS count
  UNION ALL RETURN 'GENERIC_EDGE' AS type, COUNT { ()-[:GENERIC_EDGE]->() } AS count
  UNION ALL RETURN 'HAS_AUTH_PATH' AS type, COUNT { ()-[:HAS_AUTH_PATH]->() } AS count
  UNION ALL RETURN 'HAS_CREDENTIAL' AS type, COUNT { ()-[:HAS_CREDENTIAL]->() } AS count
  UNION ALL RETURN 'HAS_ROLE' AS type, COUNT { ()-[:HAS_ROLE]->() } AS count
  UNION ALL RETURN 'IN_TENANT' AS type, COUNT { ()-[:IN_TENANT]->() } AS count
  UNION ALL RETURN 'MEMBER_OF' AS type, COUNT { ()-[:MEMBER_OF]->() } AS count
  UNION ALL RETURN 'OWNS' AS type, COUNT { ()-[:OWNS]->() } AS count
  UNION ALL RETURN 'PART_OF' AS type, COUNT { ()-[:PART_OF]->() } AS count
  UNION ALL RETURN 'REACHES' AS type, COUNT { ()-[:REACHES]->() } AS count
  UNION ALL RETURN 'RECOVERS' AS type, COUNT { ()-[:RECOVERS]->() } AS count
  UNION ALL RETURN 'REQUESTED_BY' AS type, COUNT { ()-[:REQUESTED_BY]->() } AS count
  UNION ALL RETURN 'SAME_AS' AS type, COUNT { ()-[:SAME_AS]->() } AS count
  UNION ALL RETURN 'TRUSTS' AS type, COUNT { ()-[:TRUSTS]->() } AS count
}
WITH type, count
WHERE count > 0
RETURN type, count
ORDER BY type
