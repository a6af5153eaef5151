package dev.faultline.ingest.connector.okta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Okta Management API endpoints this connector reads, with how an export names them: the
 * collection file ({@code users.json}), the per-parent file ({@code group_members_<groupId>.json})
 * and the API path ({@code /api/v1/groups/{groupId}/users}).
 */
enum Endpoint {
    USERS(false, "users", "users"),
    GROUPS(false, "groups", "groups"),
    GROUP_MEMBERS(true, "groups/users", "group-members", "groups-members", "group-users", "members"),
    GROUP_OWNERS(true, "groups/owners", "group-owners", "groups-owners", "owners"),
    GROUP_ROLES(true, "groups/roles", "group-roles", "groups-roles"),
    APPS(false, "apps", "apps", "applications"),
    APP_USERS(true, "apps/users", "app-users", "apps-users", "application-users"),
    APP_GROUPS(true, "apps/groups", "app-groups", "apps-groups", "application-groups"),
    POLICIES(false, "policies", "policies"),
    POLICY_RULES(true, "policies/rules", "policy-rules", "policies-rules", "rules"),
    POLICY_MAPPINGS(true, "policies/mappings", "policy-mappings", "policies-mappings"),
    FACTORS(true, "users/factors", "factors", "user-factors", "users-factors"),
    ENROLLMENTS(true, "users/authenticator-enrollments", "authenticator-enrollments", "enrollments"),
    USER_ROLES(true, "users/roles", "user-roles", "users-roles", "roles"),
    AUTHENTICATORS(false, "authenticators", "authenticators"),
    IDPS(false, "idps", "idps", "identity-providers", "identityproviders"),
    API_TOKENS(false, "api-tokens", "api-tokens", "apitokens", "tokens"),
    LOGS(false, "logs", "logs", "systemlog", "system-log", "events");

    private static final Pattern API_PATH =
            Pattern.compile("/api/v1/([a-zA-Z-]+)(?:/([^/?#]+)(?:/([a-zA-Z-]+))?)?");

    private final boolean perParent;
    private final String apiPath;
    private final String[] names;

    Endpoint(boolean perParent, String apiPath, String... names) {
        this.perParent = perParent;
        this.apiPath = apiPath;
        this.names = names;
    }

    /** Whether the endpoint lists the children of one parent (a group's members, a user's factors). */
    boolean perParent() {
        return perParent;
    }

    /** The endpoint a file name stands for, with dashes and underscores alike, without the parent id. */
    static Optional<Endpoint> byName(String name) {
        String normalized = name.toLowerCase().replace('_', '-');
        for (Endpoint endpoint : values()) {
            for (String candidate : endpoint.names) {
                if (candidate.equals(normalized)) {
                    return Optional.of(endpoint);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The endpoint and parent id of an API path such as {@code /api/v1/groups/00g1/users} or
     * {@code GET /api/v1/users/{userId}/factors}; a templated parent gives a null parent.
     */
    static Optional<Located> byApiPath(String path) {
        Matcher m = API_PATH.matcher(path);
        if (!m.find()) {
            return Optional.empty();
        }
        String collection = m.group(1);
        String parent = m.group(2);
        String child = m.group(3);
        String wanted = child == null ? collection : collection + "/" + child;
        for (Endpoint endpoint : values()) {
            if (endpoint.apiPath.equals(wanted)) {
                return Optional.of(new Located(endpoint, child == null ? null : OktaJson.realId(parent)));
            }
        }
        return Optional.empty();
    }

    /**
     * The endpoint an object belongs to, read from its own {@code _links.self.href}: a user's
     * {@code /api/v1/users/00u1} is a USERS item, a factor's {@code /api/v1/users/00u1/factors/x} a
     * FACTORS item of user 00u1.
     */
    static Optional<Located> bySelfHref(String href) {
        Matcher m = API_PATH.matcher(href);
        if (!m.find()) {
            return Optional.empty();
        }
        String collection = m.group(1);
        if (m.group(3) == null) {
            return byApiPath("/api/v1/" + collection);
        }
        return byApiPath("/api/v1/" + collection + "/" + m.group(2) + "/" + m.group(3));
    }

    /** An endpoint and the parent whose children a file lists (null when not per parent or unknown). */
    record Located(Endpoint endpoint, String parent) {
    }
}
