package dev.faultline.ingest.connector.entra;

import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Groups (a page or one group per file, as the baseline's {@code Groups/} folder) with members
 * when expanded ({@code $expand=members}), and member lists: {@code groupMembers*.json} whose items
 * carry {@code groupId} with {@code members} or a member {@code id}/{@code memberId}.
 */
final class GroupReader {

    private GroupReader() {
    }

    static void readGroups(List<JsonNode> items, Directory dir) {
        for (JsonNode item : items) {
            String id = Directory.id(Json.text(item, "id"));
            if (id == null) {
                continue;
            }
            String name = Json.text(item, "displayName");
            dir.groups.putIfAbsent(id, new Directory.Group(id, name == null ? id : name, kind(item),
                    Boolean.TRUE.equals(Json.bool(item, "onPremisesSyncEnabled")), Json.text(item, "onPremisesSecurityIdentifier")));
            addMembers(dir, id, Json.objects(item, "members"));
        }
    }

    static void readMembers(List<JsonNode> items, Directory dir) {
        for (JsonNode item : items) {
            String groupId = Directory.id(Json.text(item, "groupId"));
            if (groupId == null) {
                continue;
            }
            addMembers(dir, groupId, Json.objects(item, "members"));
            String member = Json.text(item, "memberId");
            if (member != null) {
                dir.members.computeIfAbsent(groupId, g -> new LinkedHashSet<>()).add(Directory.id(member));
            }
        }
    }

    private static void addMembers(Directory dir, String groupId, List<JsonNode> members) {
        for (JsonNode member : members) {
            String memberId = Directory.id(Json.text(member, "id"));
            if (memberId == null) {
                continue;
            }
            dir.members.computeIfAbsent(groupId, g -> new LinkedHashSet<>()).add(memberId);
            String type = Json.text(member, "@odata.type");
            if (type != null && type.endsWith("user") && !dir.users.containsKey(memberId)) {
                UserReader.readUsers(List.of(member), dir, "members of group " + groupId);
            }
        }
    }

    private static String kind(JsonNode item) {
        List<String> types = Json.strings(item, "groupTypes");
        if (types.stream().anyMatch("DynamicMembership"::equalsIgnoreCase)) {
            return "dynamic";
        }
        if (types.stream().anyMatch("Unified"::equalsIgnoreCase)) {
            return "microsoft365";
        }
        if (Boolean.TRUE.equals(Json.bool(item, "isAssignableToRole"))) {
            return "role-assignable";
        }
        if (Boolean.TRUE.equals(Json.bool(item, "mailEnabled")) && Boolean.FALSE.equals(Json.bool(item, "securityEnabled"))) {
            return "distribution";
        }
        return "security";
    }
}
