package dev.faultline.ingest.connector.okta;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Okta users to identities: {@code profile.login} as name and UPN, {@code status} DEPROVISIONED or
 * SUSPENDED as disabled, {@code credentials.provider.type} ACTIVE_DIRECTORY or LDAP as synced, MFA
 * from the user's factors, admin when holding an admin role, sign-ins from {@code lastLogin} and the
 * System Log. Users are read from users.json and from the full user objects that group member and
 * app assignment listings embed; the first listing of a user wins.
 */
final class UserMapper {

    private static final Set<String> DISABLED = Set.of("DEPROVISIONED", "SUSPENDED");
    private static final Set<String> SYNCED_PROVIDERS = Set.of("ACTIVE_DIRECTORY", "LDAP");

    private final OktaRows out;
    private final MfaMethods mfa;
    private final SignIns signIns;
    private final Set<String> admins;

    UserMapper(OktaRows out, MfaMethods mfa, SignIns signIns, Set<String> admins) {
        this.out = out;
        this.mfa = mfa;
        this.signIns = signIns;
        this.admins = admins;
    }

    /** Emits every user the export lists, once each. */
    void emitAll(OktaExport export) {
        export.items(Endpoint.USERS).forEach(this::emit);
        export.items(Endpoint.GROUP_MEMBERS).forEach(this::emit);
        for (OktaItem assignment : export.items(Endpoint.APP_USERS)) {
            com.fasterxml.jackson.databind.JsonNode embedded = OktaJson.at(assignment.node(), "_embedded.user");
            if (embedded.isObject()) {
                emit(assignment.nested(Endpoint.USERS, "_embedded.user", embedded));
            }
        }
    }

    private void emit(OktaItem user) {
        String id = OktaJson.required(user, "id");
        if (!out.claimUser(id)) {
            return;
        }
        String login = OktaJson.text(user, "profile.login");
        String status = OktaJson.text(user, "status");
        String provider = OktaJson.text(user, "credentials.provider.type");
        OffsetDateTime session = signIns.lastSession(id);
        BundleRows.Row row = out.rows().add("identities.csv").set("id", out.userKey(id)).set("tenant", out.tenant())
                .set("kind", admins.contains(id) ? "admin" : "member").set("name", login == null ? id : login)
                .set("display_name", displayName(user)).set("email", OktaJson.text(user, "profile.email"))
                .set("upn", login)
                .set("status", status == null ? null : DISABLED.contains(status.toUpperCase()) ? "disabled" : "active")
                .set("synced", provider != null && SYNCED_PROVIDERS.contains(provider.toUpperCase()))
                .set("created", OktaJson.instant(user, "created"))
                .set("last_sign_in", latest(OktaJson.instant(user, "lastLogin"), session));
        Optional<List<String>> methods = mfa.of(id);
        methods.ifPresent(m -> row.set("mfa_registered", !m.isEmpty()).set("mfa_methods", m));
        OktaRows.setIfKnown(row, "identities.csv", "source_id", id);
        OktaRows.setIfKnown(row, "identities.csv", "last_interactive_sign_in", session);
        OktaRows.setIfKnown(row, "identities.csv", "legacy_auth_last_used", signIns.lastLegacy(id));
    }

    private static String displayName(OktaItem user) {
        String display = OktaJson.text(user, "profile.displayName");
        if (display != null) {
            return display;
        }
        String first = OktaJson.text(user, "profile.firstName");
        String last = OktaJson.text(user, "profile.lastName");
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
