package dev.faultline.ingest.connector.sharphound;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads {@code users} files. */
final class UserReader {

    private UserReader() {
    }

    static List<AdUser> read(SharpHoundFile file) {
        List<AdUser> users = new ArrayList<>();
        for (int i = 0; i < file.data().size(); i++) {
            users.add(user(file.data().get(i), file.where(i)));
        }
        return users;
    }

    private static AdUser user(JsonNode record, Where where) {
        JsonNode p = Fields.object(record, "Properties", "Properties", where);
        return new AdUser(AdPrincipal.read(record, p, where),
                Fields.text(p, "samaccountname", "Properties.samaccountname", where),
                Fields.text(p, "displayname", "Properties.displayname", where),
                Fields.text(p, "email", "Properties.email", where),
                Fields.text(p, "userprincipalname", "Properties.userprincipalname", where),
                Fields.bool(p, "enabled", "Properties.enabled", where),
                isTrue(Fields.bool(p, "hasspn", "Properties.hasspn", where)),
                isTrue(Fields.bool(p, "gmsa", "Properties.gmsa", where)) || isTrue(Fields.bool(p, "msa", "Properties.msa", where)),
                isTrue(Fields.bool(p, "admincount", "Properties.admincount", where)),
                Fields.epochSeconds(p, "whencreated", "Properties.whencreated", where),
                later(Fields.epochSeconds(p, "lastlogon", "Properties.lastlogon", where),
                        Fields.epochSeconds(p, "lastlogontimestamp", "Properties.lastlogontimestamp", where)),
                Fields.epochSeconds(p, "pwdlastset", "Properties.pwdlastset", where));
    }

    static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }
}
