package dev.faultline.ingest.connector.aws;

import java.time.OffsetDateTime;

/**
 * One of the two access-key (or signing-certificate) slots of a credential report row.
 *
 * @param slot        1 or 2
 * @param active      {@code access_key_N_active}
 * @param lastRotated {@code access_key_N_last_rotated}: when the key was created (keys are not rotated in place)
 * @param lastUsed    {@code access_key_N_last_used_date}; null for certificates and unused keys
 */
record KeySlot(int slot, boolean active, OffsetDateTime lastRotated, OffsetDateTime lastUsed) {

    /** A slot holds a key when it is active or has a creation date; an empty slot reads {@code false, N/A}. */
    boolean exists() {
        return active || lastRotated != null;
    }
}
