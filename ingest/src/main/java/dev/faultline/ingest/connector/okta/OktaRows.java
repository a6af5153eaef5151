package dev.faultline.ingest.connector.okta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.faultline.ingest.bundle.BundleSchema;
import dev.faultline.ingest.connector.BundleRows;

/**
 * The rows being built for one Okta org, with its keys: every key starts with the tenant key
 * {@code okta:<org host>}. Remembers which users, groups and apps were emitted, so that a
 * reference is written only when it resolves, and notes what was left out and why.
 */
final class OktaRows {

    private final BundleRows rows;
    private final String tenant;
    private final Set<String> users = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    private final Set<String> apps = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    OktaRows(BundleRows rows, String tenant) {
        this.rows = rows;
        this.tenant = tenant;
    }

    BundleRows rows() {
        return rows;
    }

    String tenant() {
        return tenant;
    }

    String userKey(String id) {
        return tenant + "/user/" + id;
    }

    String groupKey(String id) {
        return tenant + "/group/" + id;
    }

    String appKey(String id) {
        return tenant + "/app/" + id;
    }

    String roleKey(String type) {
        return tenant + "/role/" + type;
    }

    /** Claims a user's key; false when the user was already emitted. */
    boolean claimUser(String id) {
        return rows.claim(userKey(id)) && users.add(id);
    }

    boolean claimGroup(String id) {
        return rows.claim(groupKey(id)) && groups.add(id);
    }

    boolean claimApp(String id) {
        return rows.claim(appKey(id)) && apps.add(id);
    }

    boolean hasUser(String id) {
        return id != null && users.contains(id);
    }

    boolean hasGroup(String id) {
        return id != null && groups.contains(id);
    }

    boolean hasApp(String id) {
        return id != null && apps.contains(id);
    }

    /** The key of a user or group id when emitted, else null. */
    String principalKey(String id) {
        return hasUser(id) ? userKey(id) : hasGroup(id) ? groupKey(id) : null;
    }

    /** Notes what was not mapped, for the bundle's description. */
    void note(String note) {
        notes.add(note);
    }

    List<String> notes() {
        return notes;
    }

    /**
     * Sets a column the bundle format is gaining (source_id, legacy_auth_last_used, ...) only when
     * this build's schema has it, so the connector works before and after the extension lands.
     */
    static void setIfKnown(BundleRows.Row row, String file, String column, Object value) {
        if (value == null || BundleSchema.file(file).flatMap(spec -> spec.column(column)).isEmpty()) {
            return;
        }
        if (value instanceof java.time.OffsetDateTime instant) {
            row.set(column, instant);
        } else if (value instanceof Boolean flag) {
            row.set(column, flag);
        } else {
            row.set(column, value.toString());
        }
    }
}
