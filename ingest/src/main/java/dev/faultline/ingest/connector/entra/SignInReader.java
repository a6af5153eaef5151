package dev.faultline.ingest.connector.entra;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sign-in logs: Graph {@code auditLogs/signIns} (v1.0 or beta, also {@code servicePrincipalSignIns}),
 * or Azure Monitor diagnostic records ({@code records[]} with {@code category} and {@code properties};
 * records of other categories, audit logs, are skipped). A sign-in succeeded only when its
 * {@code status.errorCode} (or the record's {@code resultType}) is 0: no status, no success.
 */
final class SignInReader {

    private SignInReader() {
    }

    static void read(JsonNode root, Directory dir, String file) {
        JsonNode records = Json.get(root, "records");
        List<JsonNode> items = records != null && records.isArray() ? Json.items(records) : Json.items(root);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            JsonNode signIn = item;
            String category = Json.text(item, "category");
            if (category != null && !category.toLowerCase().contains("signin")) {
                continue;
            }
            if (Json.get(item, "properties") != null && Json.get(item, "properties").isObject()) {
                signIn = Json.get(item, "properties");
                String tenant = Json.text(item, "tenantId");
                if (tenant != null) {
                    dir.signInTenantIds.add(Directory.id(tenant));
                }
            }
            String record = "value[" + i + "]";
            OffsetDateTime time = signIn == item ? null : GraphDates.field(item, "time", file, record);
            read(signIn, category, Json.text(item, "resultType"), time, dir, file, record);
        }
    }

    private static void read(JsonNode s, String category, String resultType, OffsetDateTime time, Directory dir,
            String file, String record) {
        String spId = Json.text(s, "servicePrincipalId");
        boolean workload = (category != null && category.toLowerCase().contains("serviceprincipal"))
                || (Json.text(s, "userId") == null && spId != null && !spId.isBlank());
        String managed = Json.text(s, "managedIdentityType");
        String errorCode = Json.text(s, "status", "errorCode") != null ? Json.text(s, "status", "errorCode") : resultType;
        String requirement = Json.text(s, "authenticationRequirement");
        OffsetDateTime created = GraphDates.field(s, "createdDateTime", file, record);
        String resourceTenant = Json.text(s, "resourceTenantId");
        if (resourceTenant != null) {
            dir.signInTenantIds.add(Directory.id(resourceTenant));
        }
        dir.signIns.add(new Directory.SignIn(Directory.id(Json.text(s, "userId")), Json.text(s, "userPrincipalName"),
                Json.text(s, "userDisplayName"), workload,
                managed != null && !managed.equalsIgnoreCase("none"), Json.text(s, "servicePrincipalName"),
                Directory.id(Json.text(s, "appId")), Json.text(s, "appDisplayName"),
                Directory.id(Json.text(s, "resourceId")), Json.text(s, "resourceDisplayName"),
                Json.text(s, "clientAppUsed"), Json.text(s, "authenticationProtocol"),
                "multiFactorAuthentication".equalsIgnoreCase(requirement),
                "0".equals(errorCode), !Boolean.FALSE.equals(Json.bool(s, "isInteractive")),
                created != null ? created : time));
    }
}
