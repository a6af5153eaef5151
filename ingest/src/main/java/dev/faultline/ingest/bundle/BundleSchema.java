package dev.faultline.ingest.bundle;

import static dev.faultline.ingest.bundle.ColumnSpec.enumOf;
import static dev.faultline.ingest.bundle.ColumnSpec.key;
import static dev.faultline.ingest.bundle.ColumnSpec.listOf;
import static dev.faultline.ingest.bundle.ColumnSpec.of;
import static dev.faultline.ingest.bundle.ColumnSpec.ref;
import static dev.faultline.ingest.bundle.ColumnType.BOOL;
import static dev.faultline.ingest.bundle.ColumnType.DATE;
import static dev.faultline.ingest.bundle.ColumnType.DATETIME;
import static dev.faultline.ingest.bundle.ColumnType.DECIMAL;
import static dev.faultline.ingest.bundle.ColumnType.INT;
import static dev.faultline.ingest.bundle.ColumnType.JSON;
import static dev.faultline.ingest.bundle.ColumnType.TEXT;
import static dev.faultline.ingest.bundle.EntityType.AUTH_PATH;
import static dev.faultline.ingest.bundle.EntityType.BUSINESS_UNIT;
import static dev.faultline.ingest.bundle.EntityType.CREDENTIAL;
import static dev.faultline.ingest.bundle.EntityType.EXCEPTION;
import static dev.faultline.ingest.bundle.EntityType.GENERIC;
import static dev.faultline.ingest.bundle.EntityType.GROUP;
import static dev.faultline.ingest.bundle.EntityType.IDENTITY;
import static dev.faultline.ingest.bundle.EntityType.ORGANIZATION;
import static dev.faultline.ingest.bundle.EntityType.POLICY;
import static dev.faultline.ingest.bundle.EntityType.RECOVERY_PATH;
import static dev.faultline.ingest.bundle.EntityType.ROLE;
import static dev.faultline.ingest.bundle.EntityType.SYSTEM;
import static dev.faultline.ingest.bundle.EntityType.TENANT;
import static dev.faultline.ingest.bundle.EntityType.TRUST;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file of bundle format version 1 as data: the single source the validator and the reader
 * work from. Mirrors {@code docs/bundle-format.md}; change both together.
 */
public final class BundleSchema {

    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";
    /**
     * The expected findings {@code faultline generate} writes beside a synthetic bundle; a bundle
     * may hold it, and reading ignores it.
     */
    public static final String TRUTH = "truth.json";
    /** The manifest's {@code format}. */
    public static final String FORMAT = "faultline-bundle";
    /** The only manifest {@code version} this Faultline reads. */
    public static final int VERSION = 1;

    /** Identity kinds that are people; every other kind is a non-human identity. */
    public static final Set<String> HUMAN_KINDS = Set.of("member", "guest", "admin", "break-glass");

    /** Authentication protocols stored with {@code legacy = true}. */
    public static final Set<String> LEGACY_PROTOCOLS = Set.of("imap", "pop3", "smtp-auth",
            "exchange-activesync", "ews-basic", "mapi-basic", "other-clients", "ropc", "ntlm",
            "ldap-simple", "basic-auth", "password-vault");

    /** The strength a recovery path gets when its row leaves {@code strength} empty. */
    public static final Map<String, String> STRENGTH_BY_METHOD = Map.of(
            "sspr-sms", "weak", "sspr-email", "weak", "sspr-security-questions", "weak",
            "helpdesk-reset", "weak", "mailbox-recovery", "weak",
            "sspr-authenticator", "phishable", "tap-issuance", "phishable",
            "factor-reset", "phishable", "admin-reset", "phishable");

    private static final EntityType[] ANY_ENTITY = EntityType.nodeTypes().toArray(EntityType[]::new);

    private static final List<FileSpec> NODE_FILES = List.of(
            node("organizations.csv", ORGANIZATION, "id", key(), text("name").asRequired()),
            node("business_units.csv", BUSINESS_UNIT, "organization", key(), text("name").asRequired(),
                    ref("organization", ORGANIZATION).asRequired()),
            node("tenants.csv", TENANT, null, key(), text("name").asRequired(),
                    enumOf("kind", "entra", "okta", "ad", "aws", "google", "github", "other").asRequired(),
                    ref("business_unit", BUSINESS_UNIT), text("external_id"), text("primary_domain"),
                    of("acquired", BOOL).withDefault("false"), of("acquisition_date", DATE),
                    ref("acquirer", BUSINESS_UNIT, ORGANIZATION),
                    enumOf("status", "active", "retiring", "retired").withDefault("active"),
                    of("smtp_auth_disabled", BOOL)),
            node("identities.csv", IDENTITY, "tenant", key(), tenant(),
                    enumOf("kind", "member", "guest", "admin", "break-glass", "service-principal",
                            "managed-identity", "service-account", "api-key", "access-key", "token",
                            "workload", "ai-agent").asRequired(),
                    text("name").asRequired(), text("display_name"), text("email"), text("upn"),
                    enumOf("status", "active", "disabled", "departed").withDefault("active"),
                    of("synced", BOOL).withDefault("false"), text("on_prem_sid"), text("employee_id"),
                    of("mfa_registered", BOOL),
                    listOf("mfa_methods", "sms", "voice", "email", "totp", "push", "fido2",
                            "windows-hello", "certificate", "passkey", "tap"),
                    of("created", DATETIME), of("last_sign_in", DATETIME),
                    of("legacy_auth_allowed", BOOL), of("legacy_auth_last_used", DATETIME),
                    of("last_interactive_sign_in", DATETIME), text("source_id")),
            node("groups.csv", GROUP, "tenant", key(), tenant(), text("name").asRequired(),
                    enumOf("kind", "security", "distribution", "microsoft365", "dynamic",
                            "role-assignable", "other").withDefault("security"),
                    of("synced", BOOL).withDefault("false"),
                    of("privileged", BOOL).withDefault("false"), text("on_prem_sid")),
            node("roles.csv", ROLE, "tenant", key(), tenant(), text("name").asRequired(),
                    of("privileged", BOOL).withDefault("false")),
            node("systems.csv", SYSTEM, "tenant", key(), tenant(), text("name").asRequired(),
                    enumOf("kind", "application", "mailbox", "admin-portal", "resource", "aws-account",
                            "database", "file-share", "vpn", "computer", "other").withDefault("application"),
                    enumOf("criticality", "low", "medium", "high", "critical").withDefault("medium"),
                    of("requires_mfa", BOOL).withDefault("true")),
            node("policies.csv", POLICY, "tenant", key(), tenant(), text("name").asRequired(),
                    enumOf("kind", "conditional-access", "okta-sign-on", "okta-app-sign-on",
                            "aws-mfa-condition", "google-2sv", "other").withDefault("other"),
                    enumOf("state", "enabled", "disabled", "report-only").asRequired(),
                    enumOf("control", "require-mfa", "require-auth-strength", "block",
                            "require-compliant-device", "allow").asRequired(),
                    listOf("client_app_types", "all", "browser", "mobile-desktop",
                            "exchange-activesync", "other").withDefault("all")),
            node("exceptions.csv", EXCEPTION, "tenant", key(), tenant(),
                    ref("policy", POLICY).asRequired(), ref("subject", IDENTITY, GROUP, ROLE).asRequired(),
                    ref("owner", IDENTITY, GROUP), ref("requester", IDENTITY), ref("approver", IDENTITY),
                    text("justification"), text("ticket"), of("created", DATETIME),
                    of("expires", DATETIME), of("approved_size", INT)),
            node("credentials.csv", CREDENTIAL, "tenant", key(), tenant(),
                    ref("identity", IDENTITY).asRequired(),
                    enumOf("kind", "password", "client-secret", "certificate", "access-key", "api-token",
                            "personal-access-token", "ssh-key", "federated", "tap").asRequired(),
                    enumOf("status", "active", "inactive").withDefault("active"),
                    of("created", DATETIME), of("expires", DATETIME), of("last_used", DATETIME),
                    of("last_rotated", DATETIME), of("leaked_at", DATETIME)),
            node("auth_paths.csv", AUTH_PATH, "tenant", key(), tenant(),
                    ref("subject", IDENTITY, GROUP, TENANT).asRequired(), ref("system", SYSTEM).asRequired(),
                    enumOf("protocol", "oauth", "oidc", "saml", "ws-fed", "kerberos", "ssh-key", "imap",
                            "pop3", "smtp-auth", "exchange-activesync", "ews-basic", "mapi-basic",
                            "other-clients", "ropc", "ntlm", "ldap-simple", "basic-auth",
                            "password-vault").asRequired(),
                    of("mfa_enforced", BOOL).asRequired(), of("last_used", DATETIME)),
            node("recovery_paths.csv", RECOVERY_PATH, "tenant", key(), tenant(),
                    ref("target", IDENTITY, GROUP, ROLE).asRequired(), ref("actor", IDENTITY, GROUP, ROLE),
                    enumOf("method", "sspr-sms", "sspr-email", "sspr-security-questions",
                            "sspr-authenticator", "helpdesk-reset", "tap-issuance", "factor-reset",
                            "mailbox-recovery", "admin-reset").asRequired(),
                    enumOf("strength", "weak", "phishable", "strong")),
            node("generic_nodes.csv", GENERIC, "tenant", key(), tenant(), listOf("kinds").asRequired(),
                    text("name"), of("properties", JSON)));

    private static final List<FileSpec> RELATIONSHIP_FILES = List.of(
            new FileSpec("trusts.csv", FileKind.RELATIONSHIP, Optional.of(TRUST), List.of(key(),
                    ref("trusting_tenant", TENANT).asRequired(), ref("trusted_tenant", TENANT).asRequired(),
                    enumOf("kind", "ad-forest", "ad-external", "ad-parent-child", "entra-b2b",
                            "entra-cross-tenant-sync", "okta-idp", "saml-federation", "oidc-federation",
                            "aws-cross-account", "directory-sync", "other").asRequired(),
                    enumOf("direction", "one-way", "two-way").withDefault("one-way"),
                    of("transitive", BOOL), of("mfa_accepted", BOOL).withDefault("false"),
                    of("sid_filtering", BOOL), of("sync_enabled", BOOL), of("mfa_required", BOOL),
                    ref("target", IDENTITY, ROLE, SYSTEM)),
                    Optional.of("id"), List.of("id"), Optional.empty()),
            relationship("memberships.csv", List.of("member", "group"),
                    ref("member", IDENTITY, GROUP).asRequired(), ref("group", GROUP).asRequired()),
            relationship("role_assignments.csv", List.of("principal", "role"),
                    ref("principal", IDENTITY, GROUP).asRequired(), ref("role", ROLE).asRequired(),
                    enumOf("assignment", "active", "eligible").withDefault("active"), text("scope")),
            relationship("access.csv", List.of("principal", "system"),
                    ref("principal", IDENTITY, GROUP, ROLE).asRequired(), ref("system", SYSTEM).asRequired(),
                    text("permission")),
            relationship("policy_scope.csv", List.of("policy", "target"),
                    ref("policy", POLICY).asRequired(),
                    ref("target", TENANT, GROUP, ROLE, IDENTITY, SYSTEM).asRequired()),
            relationship("owners.csv", List.of("owner", "target", "role"),
                    ref("owner", IDENTITY, GROUP).asRequired(), ref("target", ANY_ENTITY).asRequired(),
                    enumOf("role", "owner", "custodian", "sponsor", "technical").withDefault("owner")),
            relationship("identity_links.csv", List.of("from", "to", "kind"),
                    ref("from", IDENTITY).asRequired(), ref("to", IDENTITY).asRequired(),
                    enumOf("kind", "synced", "same-person", "same-workload", "guest-of").asRequired(),
                    text("evidence"), of("confidence", DECIMAL).withDefault("1")),
            relationship("generic_edges.csv", List.of("from", "to", "kind"),
                    ref("from", ANY_ENTITY).asRequired(), ref("to", ANY_ENTITY).asRequired(),
                    text("kind").asRequired(), of("properties", JSON)));

    private static final List<FileSpec> FILES =
            Stream.concat(NODE_FILES.stream(), RELATIONSHIP_FILES.stream()).toList();

    private BundleSchema() {
    }

    /** Every file: the entity files in write order, then the relationship files. */
    public static List<FileSpec> files() {
        return FILES;
    }

    /** The entity files in the order they are written. */
    public static List<FileSpec> nodeFiles() {
        return NODE_FILES;
    }

    /** The relationship files, trusts first. */
    public static List<FileSpec> relationshipFiles() {
        return RELATIONSHIP_FILES;
    }

    /** The file of this name, if the format has one. */
    public static Optional<FileSpec> file(String fileName) {
        return FILES.stream().filter(spec -> spec.fileName().equals(fileName)).findFirst();
    }

    /**
     * @param scopeColumn the column naming the tenant whose stale data a run may remove; null for
     *                    tenants.csv: a tenant row alone (a trust's far end, a placeholder) must not
     *                    make this source's run delete what another export of that tenant loaded
     */
    private static FileSpec node(String fileName, EntityType type, String scopeColumn, ColumnSpec... columns) {
        return new FileSpec(fileName, FileKind.NODE, Optional.of(type), List.of(columns),
                Optional.of("id"), List.of("id"), Optional.ofNullable(scopeColumn));
    }

    private static FileSpec relationship(String fileName, List<String> identifying, ColumnSpec... columns) {
        return new FileSpec(fileName, FileKind.RELATIONSHIP, Optional.empty(), List.of(columns),
                Optional.empty(), identifying, Optional.empty());
    }

    private static ColumnSpec text(String name) {
        return of(name, TEXT);
    }

    private static ColumnSpec tenant() {
        return ref("tenant", TENANT).asRequired();
    }
}
