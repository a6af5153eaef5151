package dev.faultline.ingest.generate;

import java.util.List;

/**
 * The roles every tenant of a kind has, the most powerful first.
 *
 * @param roles    the roles; index 0 is the top role (Global Administrator, Domain Admins...)
 * @param helpdesk index of the role that resets other users' credentials, -1 when none
 * @param resetter index of the role that can reset administrators' credentials
 */
record RoleCatalog(List<Role> roles, int helpdesk, int resetter) {

    /** One role: its key suffix, its name as the directory shows it, and whether it is privileged. */
    record Role(String slug, String name, boolean privileged) {
    }

    private static final RoleCatalog ENTRA = new RoleCatalog(List.of(
            p("global-administrator", "Global Administrator"),
            p("privileged-role-administrator", "Privileged Role Administrator"),
            p("privileged-authentication-administrator", "Privileged Authentication Administrator"),
            p("security-administrator", "Security Administrator"),
            p("exchange-administrator", "Exchange Administrator"),
            p("user-administrator", "User Administrator"),
            p("authentication-administrator", "Authentication Administrator"),
            p("helpdesk-administrator", "Helpdesk Administrator"),
            p("application-administrator", "Application Administrator"),
            u("global-reader", "Global Reader"), u("security-reader", "Security Reader"),
            u("directory-readers", "Directory Readers"), u("reports-reader", "Reports Reader")), 7, 2);
    private static final RoleCatalog AD = new RoleCatalog(List.of(
            p("domain-admins", "Domain Admins"), p("enterprise-admins", "Enterprise Admins"),
            p("administrators", "Administrators"), p("schema-admins", "Schema Admins"),
            p("account-operators", "Account Operators"), p("backup-operators", "Backup Operators"),
            p("server-operators", "Server Operators"), p("dnsadmins", "DnsAdmins"),
            p("group-policy-creator-owners", "Group Policy Creator Owners"),
            u("remote-desktop-users", "Remote Desktop Users"), u("event-log-readers", "Event Log Readers")), 4, 4);
    private static final RoleCatalog OKTA = new RoleCatalog(List.of(
            p("super-administrator", "Super Administrator"),
            p("organization-administrator", "Organization Administrator"),
            p("application-administrator", "Application Administrator"),
            p("group-membership-administrator", "Group Membership Administrator"),
            p("help-desk-administrator", "Help Desk Administrator"),
            p("api-access-management-administrator", "API Access Management Administrator"),
            u("read-only-administrator", "Read-only Administrator"),
            u("report-administrator", "Report Administrator")), 4, 1);
    private static final RoleCatalog AWS = new RoleCatalog(List.of(
            p("administratoraccess", "AdministratorAccess"), p("poweruseraccess", "PowerUserAccess"),
            p("iamfullaccess", "IAMFullAccess"),
            p("organizationaccountaccessrole", "OrganizationAccountAccessRole"),
            u("securityaudit", "SecurityAudit"), u("readonlyaccess", "ReadOnlyAccess"),
            u("amazons3fullaccess", "AmazonS3FullAccess"), u("awslambda-fullaccess", "AWSLambda_FullAccess"),
            u("billing", "Billing")), -1, 2);
    private static final RoleCatalog GOOGLE = new RoleCatalog(List.of(
            p("super-admin", "Super Admin"), p("user-management-admin", "User Management Admin"),
            p("help-desk-admin", "Help Desk Admin"), p("services-admin", "Services Admin"),
            u("groups-admin", "Groups Admin"), u("mobile-admin", "Mobile Admin"),
            u("groups-reader", "Groups Reader")), 2, 1);
    private static final RoleCatalog GITHUB = new RoleCatalog(List.of(
            p("owner", "Organization Owner"), p("security-manager", "Security Manager"),
            p("repository-admin", "Repository Admin"), p("ci-cd-admin", "CI/CD Admin"),
            u("billing-manager", "Billing Manager"), u("moderator", "Moderator"), u("member", "Member")), -1, 0);

    static RoleCatalog of(TenantKind kind) {
        return switch (kind) {
            case ENTRA -> ENTRA;
            case AD -> AD;
            case OKTA -> OKTA;
            case AWS -> AWS;
            case GOOGLE -> GOOGLE;
            case GITHUB -> GITHUB;
        };
    }

    private static Role p(String slug, String name) {
        return new Role(slug, name, true);
    }

    private static Role u(String slug, String name) {
        return new Role(slug, name, false);
    }

    int size() {
        return roles.size();
    }

    Role role(int index) {
        return roles.get(index);
    }

    /** Privileged roles hold the indexes [0, privilegedCount). */
    int privilegedCount() {
        return (int) roles.stream().filter(Role::privileged).count();
    }
}
