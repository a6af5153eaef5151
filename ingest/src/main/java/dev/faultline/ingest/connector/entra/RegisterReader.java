package dev.faultline.ingest.connector.entra;

import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Registers of exclusions and emergency accounts: the ScubaGear config in its JSON form
 * ({@code Aad.<requirement>.CapExclusions} / {@code RoleExclusions} with {@code Users} and
 * {@code Groups}; {@code OmitPolicy.<requirement>} with {@code Rationale} and {@code Expiration}),
 * Maester's {@code GlobalSettings.EmergencyAccessAccounts}, and the baseline's
 * {@code MigrationTable.json} (tenant id and the display names of the objects it references).
 */
final class RegisterReader {

    private RegisterReader() {
    }

    static void readScubaConfig(JsonNode root, Directory dir, String file) {
        JsonNode aad = Json.get(root, "Aad");
        if (aad != null) {
            Iterator<Map.Entry<String, JsonNode>> requirements = aad.fields();
            while (requirements.hasNext()) {
                Map.Entry<String, JsonNode> requirement = requirements.next();
                for (String section : new String[] {"CapExclusions", "RoleExclusions"}) {
                    JsonNode exclusions = Json.get(requirement.getValue(), section);
                    add(dir, requirement.getKey(), "user", Json.strings(exclusions, "Users"), section);
                    add(dir, requirement.getKey(), "group", Json.strings(exclusions, "Groups"), section);
                }
            }
        }
        JsonNode omit = Json.get(root, "OmitPolicy");
        if (omit != null) {
            Iterator<Map.Entry<String, JsonNode>> omitted = omit.fields();
            while (omitted.hasNext()) {
                Map.Entry<String, JsonNode> entry = omitted.next();
                String record = "OmitPolicy." + entry.getKey();
                OffsetDateTime expires = GraphDates.field(entry.getValue(), "Expiration", file, record);
                dir.register.add(new Directory.RegisterEntry(entry.getKey(), null, null,
                        Json.text(entry.getValue(), "Rationale"), expires, "OmitPolicy"));
            }
        }
    }

    private static void add(Directory dir, String requirement, String kind, java.util.List<String> ids, String section) {
        for (String id : ids) {
            dir.register.add(new Directory.RegisterEntry(requirement, kind, Directory.id(id), null, null, section));
        }
    }

    static void readMaester(JsonNode root, Directory dir) {
        for (JsonNode account : Json.objects(root, "GlobalSettings", "EmergencyAccessAccounts")) {
            String id = Directory.id(Json.text(account, "Id"));
            String upn = Json.text(account, "UserPrincipalName");
            if (id != null) {
                dir.breakGlassIds.add(id);
            }
            if (upn != null) {
                dir.breakGlassUpns.add(upn.toLowerCase());
            }
        }
    }

    static void readMigrationTable(JsonNode root, Directory dir) {
        String tenant = Json.text(root, "TenantId");
        if (tenant != null && !tenant.startsWith("%")) {
            dir.tenantIds.add(Directory.id(tenant));
        }
        for (JsonNode object : Json.objects(root, "Objects")) {
            String id = Directory.id(Json.text(object, "Id"));
            String name = Json.text(object, "DisplayName");
            if (id != null && name != null) {
                dir.knownNames.putIfAbsent(id, name);
            }
        }
    }
}
