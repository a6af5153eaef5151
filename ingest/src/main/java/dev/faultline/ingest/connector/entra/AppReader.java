package dev.faultline.ingest.connector.entra;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Applications and service principals (Graph or ScubaGear's PascalCase), their
 * {@code passwordCredentials} (client secrets), {@code keyCredentials} (certificates),
 * {@code federatedIdentityCredentials} and expanded {@code owners}.
 */
final class AppReader {

    private AppReader() {
    }

    static void readServicePrincipals(List<JsonNode> items, Directory dir, String file) {
        forEachApp(items, dir, file, (item, appId, name) -> dir.servicePrincipals.put(appId,
                new Directory.ServicePrincipal(Directory.id(Json.text(item, "id")), appId, name,
                        Json.text(item, "servicePrincipalType"), Json.bool(item, "accountEnabled"))));
    }

    static void readApplications(List<JsonNode> items, Directory dir, String file) {
        forEachApp(items, dir, file, (item, appId, name) -> dir.applications.put(appId, name));
    }

    /** What an application or service principal item adds besides its credentials and owners. */
    @FunctionalInterface
    private interface AppItem {
        void read(JsonNode item, String appId, String name);
    }

    /** Items without an appId are skipped; the name falls back to the appId. */
    private static void forEachApp(List<JsonNode> items, Directory dir, String file, AppItem reader) {
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String appId = Directory.id(Json.text(item, "appId"));
            if (appId == null) {
                continue;
            }
            String name = Json.text(item, "displayName");
            reader.read(item, appId, name == null ? appId : name);
            readCredentialsAndOwners(item, appId, dir, file, "value[" + i + "] (appId " + appId + ")");
        }
    }

    private static void readCredentialsAndOwners(JsonNode item, String appId, Directory dir, String file, String record) {
        for (JsonNode secret : Json.objects(item, "passwordCredentials")) {
            credential(secret, appId, "client-secret", dir, file, record);
        }
        for (JsonNode key : Json.objects(item, "keyCredentials")) {
            String type = Json.text(key, "type");
            credential(key, appId, "Symmetric".equalsIgnoreCase(type) ? "client-secret" : "certificate", dir, file, record);
        }
        for (JsonNode federated : Json.objects(item, "federatedIdentityCredentials")) {
            String keyId = Json.text(federated, "id");
            if (keyId != null) {
                dir.credentials.add(new Directory.AppCredential(appId, "federated", Directory.id(keyId),
                        Json.text(federated, "name"), null, null));
            }
        }
        for (JsonNode owner : Json.objects(item, "owners")) {
            String type = Json.text(owner, "@odata.type");
            boolean sp = type != null && type.toLowerCase().endsWith("serviceprincipal");
            String ownerId = Directory.id(Json.text(owner, "id"));
            if (ownerId != null) {
                dir.ownerships.add(new Directory.Ownership(ownerId, Json.text(owner, "userPrincipalName"),
                        Json.text(owner, "displayName"), sp, Directory.id(Json.text(owner, "appId")), appId));
            }
        }
    }

    private static void credential(JsonNode cred, String appId, String kind, Directory dir, String file, String record) {
        String keyId = Json.text(cred, "keyId");
        if (keyId == null) {
            return;
        }
        dir.credentials.add(new Directory.AppCredential(appId, kind, Directory.id(keyId), Json.text(cred, "displayName"),
                GraphDates.field(cred, "startDateTime", file, record), GraphDates.field(cred, "endDateTime", file, record)));
    }
}
