package dev.faultline.ingest.bundle;

import java.util.Map;
import java.util.Set;

/**
 * Values a row gets from other columns: an identity's {@code human}, an auth path's {@code legacy},
 * a policy's {@code enforced}, a recovery path's {@code strength} (when empty) and
 * {@code self_service}. Each is null when the column it comes from is.
 */
final class Derivations {

    private Derivations() {
    }

    static void apply(FileSpec spec, Map<String, Object> row) {
        EntityType type = spec.entityType().orElse(null);
        if (type == EntityType.IDENTITY) {
            row.put("human", oneOf(row.get("kind"), BundleSchema.HUMAN_KINDS));
        } else if (type == EntityType.AUTH_PATH) {
            row.put("legacy", oneOf(row.get("protocol"), BundleSchema.LEGACY_PROTOCOLS));
        } else if (type == EntityType.POLICY) {
            row.put("enforced", oneOf(row.get("state"), Set.of("enabled")));
        } else if (type == EntityType.RECOVERY_PATH) {
            if (row.get("strength") == null && row.get("method") != null) {
                row.put("strength", BundleSchema.STRENGTH_BY_METHOD.get(row.get("method")));
            }
            row.put("self_service", row.get("actor") == null);
        }
    }

    private static Boolean oneOf(Object value, Set<String> values) {
        return value == null ? null : values.contains(value);
    }
}
