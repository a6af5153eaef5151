package dev.faultline.cypher;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small merger scenario as the typed row maps the ingest module hands to the statements: Acme
 * (Entra) acquired Globex (AD) and trusts it; Initech (Okta) stands apart. Every file of the
 * bundle has at least one row. Lists are mutable so a test can derive a later run from it.
 *
 * <pre>
 * acme-entra --TRUSTS--> globex-ad --ACQUIRED_BY--> acme
 * jdoe (globex) --MEMBER_OF--> legacy-mail --HAS_AUTH_PATH--> imap --REACHES--> exchange
 * exception legacy-mail: EXEMPTS legacy-mail from require-mfa, owned by bob (initech)
 * acme-entra --TRUSTS {target: global-admin}--> initech-okta --CAN_REACH--> global-admin
 * backup --GENERIC_EDGE AZContributor, AZVMAdminLogin--> vm-build01 (Generic AZVM), owned by ciso
 * </pre>
 */
final class SampleBundle {

    static final String JDOE = "globex/u/jdoe";
    static final String CISO = "acme/u/ciso";
    static final String BACKUP = "acme/sp/backup";
    static final String GUEST = "acme/u/jdoe-guest";
    static final String BOB = "initech/u/bob";
    static final String LEGACY_MAIL = "globex/g/legacy-mail";
    static final String GLOBAL_ADMIN = "acme/r/global-admin";
    static final String EXCHANGE = "acme/s/exchange";
    static final String REQUIRE_MFA = "acme/p/require-mfa";
    static final String EXCEPTION = "acme/x/legacy-mail";
    static final String SECRET = "acme/c/backup-secret";
    static final String IMAP = "globex/a/imap";
    static final String SSPR = "acme/rp/sspr-ciso";
    static final String HELPDESK = "acme/rp/helpdesk-ga";
    static final String TRUST = "trust/acme-globex";
    static final String TRUST_ADMIN = "trust/acme-initech-admin";
    static final String VM = "acme/og/vm-build01";
    static final String VM_PROPERTIES = "{\"osType\": \"Linux\", \"tags\": [\"ci\", \"prod\"]}";

    /** The entity files, in the order they are written. */
    static final List<String> ENTITY_FILES = List.of("organizations", "business_units", "tenants", "identities",
            "groups", "roles", "systems", "policies", "exceptions", "credentials", "auth_paths", "recovery_paths",
            "generic_nodes");
    /** The relationship files, in the order they are written. */
    static final List<String> RELATIONSHIP_FILES = List.of("trusts", "memberships", "role_assignments", "access",
            "policy_scope", "owners", "identity_links", "generic_edges");

    static final OffsetDateTime CREATED = OffsetDateTime.parse("2019-04-01T08:00:00Z");
    static final OffsetDateTime SIGN_IN = OffsetDateTime.parse("2026-10-30T07:15:00+01:00");
    static final LocalDate ACQUIRED = LocalDate.parse("2026-06-30");

    private SampleBundle() {
    }

    /** A row map that, unlike {@code Map.of}, holds nulls (empty cells). */
    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    /** Rows per file name, entity files first. */
    static Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> files = new LinkedHashMap<>();
        files.put("organizations", rowsOf(row("id", "acme", "name", "Acme")));
        files.put("business_units", rowsOf(row("id", "globex-bu", "name", "Globex", "organization", "acme")));
        files.put("tenants", rowsOf(
                tenant("acme-entra", "Acme Entra", "entra", null, false, null, null, "active", true),
                tenant("globex-ad", "Globex AD", "ad", "globex-bu", true, ACQUIRED, "acme", "retiring", null),
                tenant("initech-okta", "Initech Okta", "okta", null, false, null, null, "active", null)));
        files.put("identities", rowsOf(jdoe("member", true),
                identity(CISO, "acme-entra", "admin", true, "ciso@acme.com", true),
                identity(BACKUP, "acme-entra", "service-principal", false, null, null),
                identity(GUEST, "acme-entra", "guest", true, "jdoe@globex.com", false),
                identity(BOB, "initech-okta", "member", true, "bob@initech.com", true)));
        files.put("groups", rowsOf(row("id", LEGACY_MAIL, "tenant", "globex-ad", "name", "Legacy mail users",
                "kind", "security", "synced", true, "privileged", false, "on_prem_sid", "S-1-5-21-1-2001")));
        files.put("roles", rowsOf(row("id", GLOBAL_ADMIN, "tenant", "acme-entra", "name", "Global Administrator",
                "privileged", true)));
        files.put("systems", rowsOf(row("id", EXCHANGE, "tenant", "acme-entra", "name", "Exchange Online",
                "kind", "mailbox", "criticality", "critical", "requires_mfa", true)));
        files.put("policies", rowsOf(row("id", REQUIRE_MFA, "tenant", "acme-entra", "name", "Require MFA",
                "kind", "conditional-access", "state", "enabled", "control", "require-mfa",
                "client_app_types", List.of("all"), "enforced", true)));
        files.put("exceptions", rowsOf(exception(BOB)));
        files.put("credentials", rowsOf(row("id", SECRET, "tenant", "acme-entra", "identity", BACKUP,
                "kind", "client-secret", "status", "active", "created", CREATED, "expires", null,
                "last_used", SIGN_IN, "last_rotated", null, "leaked_at", null)));
        files.put("auth_paths", rowsOf(row("id", IMAP, "tenant", "globex-ad", "subject", LEGACY_MAIL,
                "system", EXCHANGE, "protocol", "imap", "mfa_enforced", false, "last_used", SIGN_IN,
                "legacy", true)));
        files.put("recovery_paths", rowsOf(
                row("id", SSPR, "tenant", "acme-entra", "target", CISO, "actor", null,
                        "method", "sspr-sms", "strength", "weak"),
                row("id", HELPDESK, "tenant", "acme-entra", "target", GLOBAL_ADMIN, "actor", JDOE,
                        "method", "helpdesk-reset", "strength", "weak")));
        files.put("generic_nodes", rowsOf(row("id", VM, "tenant", "acme-entra", "kinds", List.of("AZVM", "AZBase"),
                "name", "build01", "properties", VM_PROPERTIES)));
        files.put("trusts", rowsOf(row("id", TRUST, "trusting_tenant", "acme-entra", "trusted_tenant", "globex-ad",
                "kind", "saml-federation", "direction", "one-way", "transitive", null, "mfa_accepted", true,
                "sid_filtering", null, "sync_enabled", false, "mfa_required", null, "target", null),
                adminTrust(GLOBAL_ADMIN)));
        files.put("memberships", rowsOf(row("member", JDOE, "group", LEGACY_MAIL)));
        files.put("role_assignments", rowsOf(row("principal", CISO, "role", GLOBAL_ADMIN,
                "assignment", "active", "scope", "/")));
        files.put("access", rowsOf(row("principal", LEGACY_MAIL, "system", EXCHANGE, "permission", "user")));
        files.put("policy_scope", rowsOf(row("policy", REQUIRE_MFA, "target", "acme-entra")));
        files.put("owners", rowsOf(row("owner", CISO, "target", BACKUP, "role", "owner"),
                row("owner", CISO, "target", BACKUP, "role", "technical"),
                row("owner", CISO, "target", VM, "role", "owner")));
        files.put("identity_links", rowsOf(row("from", JDOE, "to", GUEST, "kind", "guest-of",
                "evidence", "email", "confidence", 0.9)));
        files.put("generic_edges", rowsOf(
                row("from", BACKUP, "to", VM, "kind", "AZContributor", "properties", "{\"inherited\": false}"),
                row("from", BACKUP, "to", VM, "kind", "AZVMAdminLogin", "properties", null)));
        return files;
    }

    static Map<String, Object> jdoe(String kind, boolean human) {
        return row("id", JDOE, "tenant", "globex-ad", "kind", kind, "name", "jdoe",
                "display_name", "John Doe", "email", "jdoe@globex.com", "upn", "jdoe@globex.local",
                "status", "active", "synced", true, "on_prem_sid", "S-1-5-21-1-1001", "employee_id", "E1001",
                "mfa_registered", false, "mfa_methods", List.of("sms", "voice"), "created", CREATED,
                "last_sign_in", SIGN_IN, "legacy_auth_allowed", true, "legacy_auth_last_used", CREATED,
                "last_interactive_sign_in", SIGN_IN, "source_id", "S-1-5-21-1-1001", "human", human);
    }

    /** Acme Entra trusts Initech's Okta (OIDC, MFA required) for access to {@code target}; null for none. */
    static Map<String, Object> adminTrust(String target) {
        return row("id", TRUST_ADMIN, "trusting_tenant", "acme-entra", "trusted_tenant", "initech-okta",
                "kind", "oidc-federation", "direction", "one-way", "transitive", false, "mfa_accepted", false,
                "sid_filtering", null, "sync_enabled", null, "mfa_required", true, "target", target);
    }

    static Map<String, Object> exception(String owner) {
        return row("id", EXCEPTION, "tenant", "acme-entra", "policy", REQUIRE_MFA, "subject", LEGACY_MAIL,
                "owner", owner, "requester", JDOE, "approver", CISO, "justification", "Printers scan to mail",
                "ticket", "CHG-1", "created", CREATED, "expires", null, "approved_size", 40L);
    }

    private static Map<String, Object> tenant(String id, String name, String kind, String businessUnit,
            boolean acquired, LocalDate date, String acquirer, String status, Boolean smtpAuthDisabled) {
        return row("id", id, "name", name, "kind", kind, "business_unit", businessUnit, "external_id", id + "-ext",
                "primary_domain", null, "acquired", acquired, "acquisition_date", date, "acquirer", acquirer,
                "status", status, "smtp_auth_disabled", smtpAuthDisabled);
    }

    private static Map<String, Object> identity(String id, String tenant, String kind, boolean human, String email,
            Boolean mfa) {
        return row("id", id, "tenant", tenant, "kind", kind, "name", id.substring(id.lastIndexOf('/') + 1),
                "display_name", null, "email", email, "upn", email, "status", "active", "synced", false,
                "on_prem_sid", null, "employee_id", null, "mfa_registered", mfa, "mfa_methods", null,
                "created", null, "last_sign_in", null, "legacy_auth_allowed", null, "legacy_auth_last_used", null,
                "last_interactive_sign_in", null, "source_id", null, "human", human);
    }

    @SafeVarargs
    private static List<Map<String, Object>> rowsOf(Map<String, Object>... rows) {
        return new ArrayList<>(Arrays.asList(rows));
    }
}
