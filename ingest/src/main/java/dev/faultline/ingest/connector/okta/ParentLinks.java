package dev.faultline.ingest.connector.okta;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parent of a listed object read from its own links, when the file does not say it: a factor's
 * user from {@code _links.user.href}, an app assignment's app from {@code _links.app.href}, a rule's
 * policy from {@code _links.self.href}. Null when the links hold only placeholders.
 */
final class ParentLinks {

    private ParentLinks() {
    }

    static String parentOf(Endpoint endpoint, JsonNode node) {
        return switch (endpoint) {
            case FACTORS, ENROLLMENTS -> firstNonNull(
                    OktaJson.idAfter(href(node, "user"), "/api/v1/users/"),
                    OktaJson.idAfter(href(node, "self"), "/api/v1/users/"));
            case APP_USERS, APP_GROUPS -> firstNonNull(
                    OktaJson.idAfter(href(node, "app"), "/api/v1/apps/"),
                    OktaJson.idAfter(href(node, "self"), "/api/v1/apps/"));
            case POLICY_RULES -> OktaJson.idAfter(href(node, "self"), "/api/v1/policies/");
            case POLICY_MAPPINGS -> OktaJson.idAfter(href(node, "policy"), "/api/v1/policies/");
            default -> null;
        };
    }

    static String href(JsonNode node, String link) {
        JsonNode href = OktaJson.at(node, "_links." + link + ".href");
        return href.isTextual() ? href.asText() : null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
