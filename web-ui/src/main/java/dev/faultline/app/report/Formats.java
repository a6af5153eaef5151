package dev.faultline.app.report;

import java.time.OffsetDateTime;

/** Formatting the template calls as {@code fmt}: instants in UTC, fixed, never the machine's zone. */
public final class Formats {

    /** {@code 2026-11-01 09:00:00 UTC}; empty for null. */
    public String instant(OffsetDateTime instant) {
        return EvidencePackReader.format(instant);
    }
}
