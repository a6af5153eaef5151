package dev.faultline.ingest.connector.okta;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the System Log says about each user: the last successful sign-in to Okta
 * ({@code user.session.start}), the last legacy use ({@code user.authentication.auth_via_richclient},
 * a rich client sending a password, or single sign-on to a password-based app), and the last
 * single sign-on to each app ({@code user.authentication.sso}).
 */
final class SignIns {

    private final Map<String, OffsetDateTime> lastSession = new HashMap<>();
    private final Map<String, OffsetDateTime> lastLegacy = new HashMap<>();
    private final Map<String, OffsetDateTime> lastAppUse = new HashMap<>();

    /** Reads the log events; {@code passwordApps} are the ids of apps whose sign-on mode sends a password. */
    static SignIns of(OktaExport export, Set<String> passwordApps) {
        SignIns signIns = new SignIns();
        for (OktaItem event : export.items(Endpoint.LOGS)) {
            String type = OktaJson.required(event, "eventType");
            OffsetDateTime published = OktaJson.instant(event, "published");
            if (published == null) {
                throw event.error("published", "required field is missing or empty");
            }
            String user = "User".equalsIgnoreCase(OktaJson.text(event, "actor.type")) ? OktaJson.text(event, "actor.id") : null;
            if (user == null || !"SUCCESS".equalsIgnoreCase(OktaJson.text(event, "outcome.result"))) {
                continue;
            }
            switch (type) {
                case "user.session.start" -> latest(signIns.lastSession, user, published);
                case "user.authentication.auth_via_richclient" -> latest(signIns.lastLegacy, user, published);
                case "user.authentication.sso" -> signIns.sso(event, user, published, passwordApps);
                default -> { }
            }
        }
        return signIns;
    }

    private void sso(OktaItem event, String user, OffsetDateTime published, Set<String> passwordApps) {
        for (com.fasterxml.jackson.databind.JsonNode target : OktaJson.at(event.node(), "target")) {
            String id = target.path("id").asText(null);
            if (id != null && "AppInstance".equalsIgnoreCase(target.path("type").asText())) {
                latest(lastAppUse, id, published);
                if (passwordApps.contains(id)) {
                    latest(lastLegacy, user, published);
                }
            }
        }
    }

    private static void latest(Map<String, OffsetDateTime> map, String key, OffsetDateTime when) {
        map.merge(key, when, (a, b) -> a.isAfter(b) ? a : b);
    }

    OffsetDateTime lastSession(String userId) {
        return lastSession.get(userId);
    }

    OffsetDateTime lastLegacy(String userId) {
        return lastLegacy.get(userId);
    }

    OffsetDateTime lastAppUse(String appId) {
        return lastAppUse.get(appId);
    }
}
