package dev.faultline.ingest.connector.entra;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.ingest.connector.ConnectorException;

/**
 * Conditional Access policies: a Graph page, one policy per file (the baseline's
 * {@code ConditionalAccess/} folder), or ScubaGear's PascalCase {@code conditional_access_policies}.
 */
final class PolicyReader {

    private PolicyReader() {
    }

    static void read(List<JsonNode> items, Directory dir, String file) {
        dir.policiesKnown = true;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String id = Json.text(item, "id");
            String record = "value[" + i + "]" + (id == null ? "" : " (id " + id + ")");
            if (id == null) {
                throw new ConnectorException(file, record, "id", "a Conditional Access policy without an id");
            }
            CaPolicy policy = policy(item, file, record);
            dir.policies.put(policy.id(), policy);
        }
    }

    private static CaPolicy policy(JsonNode item, String file, String record) {
        JsonNode users = Json.path(item, "conditions", "users");
        JsonNode apps = Json.path(item, "conditions", "applications");
        List<String> includeUsers = Json.strings(users, "includeUsers");
        List<String> excludeUsers = Json.strings(users, "excludeUsers");
        boolean includeGuests = includeUsers.removeIf("GuestsOrExternalUsers"::equalsIgnoreCase)
                | guestsSet(Json.get(users, "includeGuestsOrExternalUsers"));
        boolean excludeGuests = excludeUsers.removeIf("GuestsOrExternalUsers"::equalsIgnoreCase)
                | guestsSet(Json.get(users, "excludeGuestsOrExternalUsers"));
        String name = Json.text(item, "displayName");
        return new CaPolicy(Directory.id(Json.text(item, "id")), name == null ? Json.text(item, "id") : name,
                state(Json.text(item, "state"), file, record), clientAppTypes(item, file, record),
                lower(includeUsers), lower(excludeUsers),
                lower(Json.strings(users, "includeGroups")), lower(Json.strings(users, "excludeGroups")),
                lower(Json.strings(users, "includeRoles")), lower(Json.strings(users, "excludeRoles")),
                includeGuests, excludeGuests,
                Json.strings(apps, "includeApplications"), Json.strings(apps, "excludeApplications"),
                controls(Json.get(item, "grantControls")), Json.text(item, "grantControls", "operator"),
                date(item, file, record), Conditions.narrowing(Json.get(item, "conditions")));
    }

    private static boolean guestsSet(JsonNode guests) {
        return guests != null && Json.text(guests, "guestOrExternalUserTypes") != null;
    }

    private static String state(String state, String file, String record) {
        if (state == null) {
            throw new ConnectorException(file, record, "state", "missing");
        }
        return switch (state.toLowerCase()) {
            case "enabled" -> "enabled";
            case "disabled" -> "disabled";
            case "enabledforreportingbutnotenforced" -> "report-only";
            default -> throw new ConnectorException(file, record, "state", "unknown state '" + state
                    + "' (expected enabled, disabled or enabledForReportingButNotEnforced)");
        };
    }

    private static List<String> clientAppTypes(JsonNode item, String file, String record) {
        List<String> types = new ArrayList<>();
        for (String type : Json.strings(item, "conditions", "clientAppTypes")) {
            types.add(switch (type.toLowerCase()) {
                case "all" -> "all";
                case "browser" -> "browser";
                case "mobileappsanddesktopclients" -> "mobile-desktop";
                case "exchangeactivesync", "eassupported", "easunsupported" -> "exchange-activesync";
                case "other" -> "other";
                default -> throw new ConnectorException(file, record, "conditions.clientAppTypes",
                        "unknown client app type '" + type + "'");
            });
        }
        return types.isEmpty() ? List.of("all") : List.copyOf(new LinkedHashSet<>(types));
    }

    private static Set<String> controls(JsonNode grant) {
        Set<String> controls = new LinkedHashSet<>(Json.strings(grant, "builtInControls"));
        JsonNode strength = Json.get(grant, "authenticationStrength");
        if (strength != null && (Json.text(strength, "id") != null || Json.text(strength, "displayName") != null)) {
            controls.add("authenticationStrength");
        }
        return controls;
    }

    private static java.time.OffsetDateTime date(JsonNode item, String file, String record) {
        return GraphDates.field(item, "createdDateTime", file, record);
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.equalsIgnoreCase("All") || v.equalsIgnoreCase("None") ? v : Directory.id(v)).toList();
    }
}
