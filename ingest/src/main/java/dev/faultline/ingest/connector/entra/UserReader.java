package dev.faultline.ingest.connector.entra;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Users (with {@code signInActivity}) and {@code userRegistrationDetails}. */
final class UserReader {

    private UserReader() {
    }

    static void readUsers(List<JsonNode> items, Directory dir, String file) {
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String id = Directory.id(Json.text(item, "id"));
            if (id == null) {
                continue;
            }
            String record = "value[" + i + "] (id " + id + ")";
            String userType = Json.text(item, "userType");
            dir.users.put(id, new Directory.User(id, Json.text(item, "userPrincipalName"),
                    Json.text(item, "displayName"), Json.text(item, "mail"),
                    userType == null ? null : userType.toLowerCase(), Json.bool(item, "accountEnabled"),
                    Boolean.TRUE.equals(Json.bool(item, "onPremisesSyncEnabled")),
                    Json.text(item, "onPremisesSecurityIdentifier"), Json.text(item, "employeeId"),
                    GraphDates.field(item, "createdDateTime", file, record), lastSignIn(item, file, record),
                    GraphDates.field(item, "signInActivity.lastSignInDateTime", file, record)));
        }
    }

    /** The latest of the interactive and non-interactive sign-ins; "never" values are skipped. */
    private static java.time.OffsetDateTime lastSignIn(JsonNode item, String file, String record) {
        var interactive = GraphDates.field(item, "signInActivity.lastSignInDateTime", file, record);
        var nonInteractive = GraphDates.field(item, "signInActivity.lastNonInteractiveSignInDateTime", file, record);
        var successful = GraphDates.field(item, "signInActivity.lastSuccessfulSignInDateTime", file, record);
        java.time.OffsetDateTime latest = null;
        for (var candidate : new java.time.OffsetDateTime[] {interactive, nonInteractive, successful}) {
            if (candidate != null && (latest == null || candidate.isAfter(latest))) {
                latest = candidate;
            }
        }
        return latest;
    }

    static void readRegistrations(List<JsonNode> items, Directory dir) {
        for (JsonNode item : items) {
            String id = Directory.id(Json.text(item, "id"));
            if (id == null) {
                continue;
            }
            String userType = Json.text(item, "userType");
            dir.registrations.put(id, new Directory.Registration(id, Json.text(item, "userPrincipalName"),
                    Json.text(item, "userDisplayName"), userType == null ? null : userType.toLowerCase(),
                    Json.bool(item, "isAdmin"), Json.bool(item, "isMfaRegistered"),
                    Json.strings(item, "methodsRegistered")));
        }
    }
}
