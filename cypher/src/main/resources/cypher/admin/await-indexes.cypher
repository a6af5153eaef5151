// Waits until every index is online, so the first MERGE of a load uses the key constraint's index.
// Parameters: none.
// Columns: none.
// Null: not applicable.
CALL db.awaitIndexes(300)
