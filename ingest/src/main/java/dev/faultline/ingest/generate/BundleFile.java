package dev.faultline.ingest.generate;

import java.util.List;

/** The CSV files of bundle format version 1, in the order of the format, with their columns. */
enum BundleFile {
    ORGANIZATIONS("organizations.csv", false, "id", "name"),
    BUSINESS_UNITS("business_units.csv", false, "id", "name", "organization"),
    TENANTS("tenants.csv", false, "id", "name", "kind", "business_unit", "external_id",
            "primary_domain", "acquired", "acquisition_date", "acquirer", "status"),
    IDENTITIES("identities.csv", false, "id", "tenant", "kind", "name", "display_name", "email",
            "upn", "status", "synced", "on_prem_sid", "employee_id", "mfa_registered",
            "mfa_methods", "created", "last_sign_in", "legacy_auth_allowed", "last_interactive_sign_in"),
    GROUPS("groups.csv", false, "id", "tenant", "name", "kind", "synced", "privileged"),
    ROLES("roles.csv", false, "id", "tenant", "name", "privileged"),
    SYSTEMS("systems.csv", false, "id", "tenant", "name", "kind", "criticality", "requires_mfa"),
    POLICIES("policies.csv", false, "id", "tenant", "name", "kind", "state", "control",
            "client_app_types"),
    EXCEPTIONS("exceptions.csv", false, "id", "tenant", "policy", "subject", "owner", "requester",
            "approver", "justification", "ticket", "created", "expires", "approved_size"),
    CREDENTIALS("credentials.csv", false, "id", "tenant", "identity", "kind", "status", "created",
            "expires", "last_used", "last_rotated", "leaked_at"),
    AUTH_PATHS("auth_paths.csv", false, "id", "tenant", "subject", "system", "protocol",
            "mfa_enforced", "last_used"),
    RECOVERY_PATHS("recovery_paths.csv", false, "id", "tenant", "target", "actor", "method",
            "strength"),
    TRUSTS("trusts.csv", true, "id", "trusting_tenant", "trusted_tenant", "kind", "direction",
            "transitive", "mfa_accepted", "sid_filtering", "sync_enabled"),
    MEMBERSHIPS("memberships.csv", true, "member", "group"),
    ROLE_ASSIGNMENTS("role_assignments.csv", true, "principal", "role", "assignment", "scope"),
    ACCESS("access.csv", true, "principal", "system", "permission"),
    POLICY_SCOPE("policy_scope.csv", true, "policy", "target"),
    OWNERS("owners.csv", true, "owner", "target", "role"),
    IDENTITY_LINKS("identity_links.csv", true, "from", "to", "kind", "evidence", "confidence");

    /** The manifest, the only file of a bundle that is not a CSV. */
    static final String MANIFEST = "manifest.json";

    private final String fileName;
    private final boolean relationship;
    private final List<String> columns;

    BundleFile(String fileName, boolean relationship, String... columns) {
        this.fileName = fileName;
        this.relationship = relationship;
        this.columns = List.of(columns);
    }

    String fileName() {
        return fileName;
    }

    /** Each row becomes a relationship (rather than a node with references). */
    boolean relationship() {
        return relationship;
    }

    List<String> columns() {
        return columns;
    }
}
