package dev.faultline.ingest.connector.entra;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Directory roles and who holds them: {@code directoryRoles} (with expanded {@code members}),
 * {@code roleDefinitions}, active {@code roleAssignments} / {@code roleAssignmentSchedules}, PIM
 * {@code roleEligibilitySchedules} (eligible), and ScubaGear's {@code privileged_roles} and
 * {@code privileged_users}.
 */
final class RoleReader {

    private RoleReader() {
    }

    static void readDirectoryRoles(List<JsonNode> items, Directory dir) {
        for (JsonNode item : items) {
            String template = Directory.id(first(Json.text(item, "roleTemplateId"), Json.text(item, "templateId"), Json.text(item, "id")));
            if (template == null) {
                continue;
            }
            String name = Json.text(item, "displayName");
            if (name != null) {
                dir.roleNames.put(template, name);
            }
            for (JsonNode member : Json.objects(item, "members")) {
                String principal = Directory.id(Json.text(member, "id"));
                if (principal != null) {
                    dir.roleGrants.add(new Directory.RoleGrant(principal, template, false, "/"));
                }
            }
        }
    }

    /** roleAssignments, roleAssignmentSchedule(Instance)s and roleEligibilitySchedule(Instance)s alike. */
    static void readAssignments(List<JsonNode> items, Directory dir, boolean eligible) {
        for (JsonNode item : items) {
            String principal = Directory.id(Json.text(item, "principalId"));
            String role = Directory.id(first(Json.text(item, "roleDefinitionId"), Json.text(item, "roleDefinition", "templateId")));
            if (principal == null || role == null) {
                continue;
            }
            String roleName = Json.text(item, "roleDefinition", "displayName");
            if (roleName != null) {
                dir.roleNames.putIfAbsent(role, roleName);
            }
            String scope = Json.text(item, "directoryScopeId");
            dir.roleGrants.add(new Directory.RoleGrant(principal, role, eligible, scope == null ? "/" : scope));
        }
    }

    /** ScubaGear {@code privileged_roles}: each with {@code RoleTemplateId} and {@code Assignments}. */
    static void readScubaRoles(JsonNode roles, Directory dir) {
        for (JsonNode role : Json.items(roles)) {
            String template = Directory.id(Json.text(role, "RoleTemplateId"));
            if (template == null) {
                continue;
            }
            String name = Json.text(role, "DisplayName");
            if (name != null) {
                dir.roleNames.put(template, name);
            }
            readAssignments(Json.objects(role, "Assignments"), dir, false);
            readAssignments(Json.objects(role, "Eligibilities"), dir, true);
        }
    }

    /** ScubaGear {@code privileged_users}: object id to display name and role names. */
    static void readScubaUsers(JsonNode users, Directory dir) {
        Iterator<Map.Entry<String, JsonNode>> fields = users.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String id = Directory.id(entry.getKey());
            JsonNode user = entry.getValue();
            dir.users.putIfAbsent(id, Directory.User.minimal(id, null, Json.text(user, "DisplayName"), null,
                    Json.text(user, "OnPremisesImmutableId") != null));
            for (String roleName : Json.strings(user, "roles")) {
                String template = dir.roleNames.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(roleName))
                        .map(Map.Entry::getKey).findFirst().orElseGet(() -> EntraRoles.templateId(roleName).orElse(null));
                boolean known = dir.roleGrants.stream().anyMatch(g -> g.principalId().equals(id) && g.roleTemplateId().equals(template));
                if (template != null && !known) {
                    dir.roleGrants.add(new Directory.RoleGrant(id, template, false, "/"));
                }
            }
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
