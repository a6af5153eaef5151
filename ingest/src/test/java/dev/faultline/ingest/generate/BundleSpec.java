package dev.faultline.ingest.generate;

import java.util.List;
import java.util.Set;

/**
 * The bundle format as docs/bundle-format.md states it, written out independently of the generator
 * so that the tests check the generator against the document, not against itself.
 */
final class BundleSpec {

    enum Type { KEY, TEXT, REF, ENUM, LIST, BOOL, DATE, DATETIME, INT, DECIMAL }

    /** A column; {@code values} are the allowed enum or list values, or the allowed reference types. */
    record Column(String name, boolean required, Type type, Set<String> values) {
    }

    /** A file; {@code entity} is the type its ids have, null for a relationship file without ids. */
    record FileSpec(String name, String entity, List<Column> columns) {

        List<String> header() {
            return columns.stream().map(Column::name).toList();
        }
    }

    static final Set<String> ALL_TYPES = Set.of("organization", "business unit", "tenant", "identity", "group",
            "role", "system", "policy", "exception", "credential", "auth path", "recovery path", "trust");
    static final Set<String> LEGACY = Set.of("imap", "pop3", "smtp-auth", "exchange-activesync", "ews-basic",
            "mapi-basic", "other-clients", "ropc", "ntlm", "ldap-simple", "basic-auth", "password-vault");
    static final Set<String> HUMAN_KINDS = Set.of("member", "guest", "admin", "break-glass");
    private static final Set<String> MODERN = Set.of("oauth", "oidc", "saml", "ws-fed", "kerberos", "ssh-key");

    static final List<FileSpec> FILES = List.of(
            new FileSpec("organizations.csv", "organization", List.of(key(), req("name"))),
            new FileSpec("business_units.csv", "business unit", List.of(key(), req("name"),
                    ref("organization", true, "organization"))),
            new FileSpec("tenants.csv", "tenant", List.of(key(), req("name"),
                    en("kind", true, "entra", "okta", "ad", "aws", "google", "github", "other"),
                    ref("business_unit", false, "business unit"), text("external_id"), text("primary_domain"),
                    typed("acquired", Type.BOOL), typed("acquisition_date", Type.DATE),
                    ref("acquirer", false, "business unit", "organization"),
                    en("status", false, "active", "retiring", "retired"))),
            new FileSpec("identities.csv", "identity", List.of(key(), tenant(),
                    en("kind", true, "member", "guest", "admin", "break-glass", "service-principal",
                            "managed-identity", "service-account", "api-key", "access-key", "token", "workload",
                            "ai-agent"),
                    req("name"), text("display_name"), text("email"), text("upn"),
                    en("status", false, "active", "disabled", "departed"), typed("synced", Type.BOOL),
                    text("on_prem_sid"), text("employee_id"), typed("mfa_registered", Type.BOOL),
                    list("mfa_methods", "sms", "voice", "email", "totp", "push", "fido2", "windows-hello",
                            "certificate", "passkey", "tap"),
                    typed("created", Type.DATETIME), typed("last_sign_in", Type.DATETIME),
                    typed("legacy_auth_allowed", Type.BOOL), typed("last_interactive_sign_in", Type.DATETIME))),
            new FileSpec("groups.csv", "group", List.of(key(), tenant(), req("name"),
                    en("kind", false, "security", "distribution", "microsoft365", "dynamic", "role-assignable", "other"),
                    typed("synced", Type.BOOL), typed("privileged", Type.BOOL))),
            new FileSpec("roles.csv", "role", List.of(key(), tenant(), req("name"), typed("privileged", Type.BOOL))),
            new FileSpec("systems.csv", "system", List.of(key(), tenant(), req("name"),
                    en("kind", false, "application", "mailbox", "admin-portal", "resource", "aws-account", "database",
                            "file-share", "vpn", "other"),
                    en("criticality", false, "low", "medium", "high", "critical"), typed("requires_mfa", Type.BOOL))),
            new FileSpec("policies.csv", "policy", List.of(key(), tenant(), req("name"),
                    en("kind", false, "conditional-access", "okta-sign-on", "okta-app-sign-on", "aws-mfa-condition",
                            "google-2sv", "other"),
                    en("state", true, "enabled", "disabled", "report-only"),
                    en("control", true, "require-mfa", "require-auth-strength", "block", "require-compliant-device",
                            "allow"),
                    list("client_app_types", "all", "browser", "mobile-desktop", "exchange-activesync", "other"))),
            new FileSpec("exceptions.csv", "exception", List.of(key(), tenant(), ref("policy", true, "policy"),
                    ref("subject", true, "identity", "group", "role"), ref("owner", false, "identity", "group"),
                    ref("requester", false, "identity"), ref("approver", false, "identity"), text("justification"),
                    text("ticket"), typed("created", Type.DATETIME), typed("expires", Type.DATETIME),
                    typed("approved_size", Type.INT))),
            new FileSpec("credentials.csv", "credential", List.of(key(), tenant(), ref("identity", true, "identity"),
                    en("kind", true, "password", "client-secret", "certificate", "access-key", "api-token",
                            "personal-access-token", "ssh-key", "federated", "tap"),
                    en("status", false, "active", "inactive"), typed("created", Type.DATETIME),
                    typed("expires", Type.DATETIME), typed("last_used", Type.DATETIME),
                    typed("last_rotated", Type.DATETIME), typed("leaked_at", Type.DATETIME))),
            new FileSpec("auth_paths.csv", "auth path", List.of(key(), tenant(),
                    ref("subject", true, "identity", "group", "tenant"), ref("system", true, "system"),
                    new Column("protocol", true, Type.ENUM, union(MODERN, LEGACY)),
                    new Column("mfa_enforced", true, Type.BOOL, Set.of()), typed("last_used", Type.DATETIME))),
            new FileSpec("recovery_paths.csv", "recovery path", List.of(key(), tenant(),
                    ref("target", true, "identity", "group", "role"), ref("actor", false, "identity", "group", "role"),
                    en("method", true, "sspr-sms", "sspr-email", "sspr-security-questions", "sspr-authenticator",
                            "helpdesk-reset", "tap-issuance", "factor-reset", "mailbox-recovery", "admin-reset"),
                    en("strength", false, "weak", "phishable", "strong"))),
            new FileSpec("trusts.csv", "trust", List.of(key(), ref("trusting_tenant", true, "tenant"),
                    ref("trusted_tenant", true, "tenant"),
                    en("kind", true, "ad-forest", "ad-external", "ad-parent-child", "entra-b2b",
                            "entra-cross-tenant-sync", "okta-idp", "saml-federation", "oidc-federation",
                            "aws-cross-account", "directory-sync", "other"),
                    en("direction", false, "one-way", "two-way"), typed("transitive", Type.BOOL),
                    typed("mfa_accepted", Type.BOOL), typed("sid_filtering", Type.BOOL),
                    typed("sync_enabled", Type.BOOL))),
            new FileSpec("memberships.csv", null, List.of(ref("member", true, "identity", "group"),
                    ref("group", true, "group"))),
            new FileSpec("role_assignments.csv", null, List.of(ref("principal", true, "identity", "group"),
                    ref("role", true, "role"), en("assignment", false, "active", "eligible"), text("scope"))),
            new FileSpec("access.csv", null, List.of(ref("principal", true, "identity", "group", "role"),
                    ref("system", true, "system"), text("permission"))),
            new FileSpec("policy_scope.csv", null, List.of(ref("policy", true, "policy"),
                    ref("target", true, "tenant", "group", "role", "identity", "system"))),
            new FileSpec("owners.csv", null, List.of(ref("owner", true, "identity", "group"),
                    new Column("target", true, Type.REF, ALL_TYPES),
                    en("role", false, "owner", "custodian", "sponsor", "technical"))),
            new FileSpec("identity_links.csv", null, List.of(ref("from", true, "identity"), ref("to", true, "identity"),
                    en("kind", true, "synced", "same-person", "same-workload", "guest-of"), text("evidence"),
                    typed("confidence", Type.DECIMAL))));

    private BundleSpec() {
    }

    static FileSpec file(String name) {
        return FILES.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static Column key() {
        return new Column("id", true, Type.KEY, Set.of());
    }

    private static Column tenant() {
        return ref("tenant", true, "tenant");
    }

    private static Column req(String name) {
        return new Column(name, true, Type.TEXT, Set.of());
    }

    private static Column text(String name) {
        return new Column(name, false, Type.TEXT, Set.of());
    }

    private static Column typed(String name, Type type) {
        return new Column(name, false, type, Set.of());
    }

    private static Column ref(String name, boolean required, String... types) {
        return new Column(name, required, Type.REF, Set.of(types));
    }

    private static Column en(String name, boolean required, String... values) {
        return new Column(name, required, Type.ENUM, Set.of(values));
    }

    private static Column list(String name, String... values) {
        return new Column(name, false, Type.LIST, Set.of(values));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toSet());
    }
}
