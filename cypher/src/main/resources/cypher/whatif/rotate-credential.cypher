// What-if overlay: rotates a Credential: a new secret created and rotated now, valid one year,
//   not leaked, active.
// Parameters: $key (the credential's key), $now (datetime: the analysis instant).
// Columns: changed (1 when rotated, 0 when no such credential).
// Null: the leak date is removed (absent: not known to be leaked).
MATCH (c:Credential {key: $key})
SET c.createdAt = $now,
    c.lastRotatedAt = $now,
    c.expiresAt = $now + duration('P1Y'),
    c.leakedAt = null,
    c.status = 'active'
RETURN count(c) AS changed
