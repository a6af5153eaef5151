// What-if overlay: retires a Credential (status inactive), as when the secret is revoked.
// Parameters: $key (the credential's key).
// Columns: changed (1 when retired, 0 when no such credential).
// Null: none.
MATCH (c:Credential {key: $key})
SET c.status = 'inactive'
RETURN count(c) AS changed
