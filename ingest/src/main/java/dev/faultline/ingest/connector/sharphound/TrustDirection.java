package dev.faultline.ingest.connector.sharphound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * SharpHound's {@code TrustDirection}, relative to the domain that lists the trust (Windows
 * {@code TRUST_DIRECTION_*}): {@link #INBOUND}, the other domain trusts this one; {@link #OUTBOUND},
 * this domain trusts the other; {@link #BIDIRECTIONAL}, both. Written as a name (v5, v6) or as
 * the number 0 to 3.
 */
enum TrustDirection {
    DISABLED, INBOUND, OUTBOUND, BIDIRECTIONAL;

    static TrustDirection parse(JsonNode value, String path, Where where) {
        if (value != null && value.isIntegralNumber() && value.intValue() >= 0 && value.intValue() < values().length) {
            return values()[value.intValue()];
        }
        if (value != null && value.isTextual()) {
            for (TrustDirection direction : values()) {
                if (direction.name().equalsIgnoreCase(value.asText())) {
                    return direction;
                }
            }
        }
        throw where.error(path, "expected Disabled, Inbound, Outbound or Bidirectional, found "
                + (value == null ? "nothing" : Fields.describe(value)));
    }
}
