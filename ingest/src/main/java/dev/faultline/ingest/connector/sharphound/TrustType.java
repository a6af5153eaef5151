package dev.faultline.ingest.connector.sharphound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * SharpHound's {@code TrustType} and the bundle's trust kind for it. A cross-link (shortcut) trust
 * stays inside a forest and a forest trust joins two: both are forest-level trusts, {@code ad-forest}.
 * Written as a name (v5, v6) or as the number 0 to 4.
 */
enum TrustType {
    PARENT_CHILD("ParentChild", "ad-parent-child"),
    CROSS_LINK("CrossLink", "ad-forest"),
    FOREST("Forest", "ad-forest"),
    EXTERNAL("External", "ad-external"),
    UNKNOWN("Unknown", "other");

    private final String sharpHoundName;
    private final String bundleKind;

    TrustType(String sharpHoundName, String bundleKind) {
        this.sharpHoundName = sharpHoundName;
        this.bundleKind = bundleKind;
    }

    String bundleKind() {
        return bundleKind;
    }

    static TrustType parse(JsonNode value, String path, Where where) {
        if (value != null && value.isIntegralNumber() && value.intValue() >= 0 && value.intValue() < values().length) {
            return values()[value.intValue()];
        }
        if (value != null && value.isTextual()) {
            for (TrustType type : values()) {
                if (type.sharpHoundName.equalsIgnoreCase(value.asText())) {
                    return type;
                }
            }
        }
        throw where.error(path, "expected ParentChild, CrossLink, Forest, External or Unknown, found "
                + (value == null ? "nothing" : Fields.describe(value)));
    }
}
