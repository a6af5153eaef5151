package dev.faultline.ingest.connector.okta;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Okta groups to groups (an {@code APP_GROUP} imported from Active Directory or LDAP is synced,
 * with its {@code objectSid}), group member listings to memberships and group owners
 * ({@code /groups/{id}/owners}, users or groups) to owners. A member or owner of a group the export
 * does not list is left out and noted.
 */
final class GroupMapper {

    private final OktaRows out;

    GroupMapper(OktaRows out) {
        this.out = out;
    }

    /** The member user ids of each group, from the member listings whose group is known. */
    static Map<String, Set<String>> members(OktaExport export) {
        Map<String, Set<String>> members = new HashMap<>();
        for (OktaItem member : export.items(Endpoint.GROUP_MEMBERS)) {
            if (member.parent() != null) {
                members.computeIfAbsent(member.parent(), g -> new HashSet<>()).add(OktaJson.required(member, "id"));
            }
        }
        return members;
    }

    void emitGroups(OktaExport export, Set<String> privileged) {
        for (OktaItem group : export.items(Endpoint.GROUPS)) {
            String id = OktaJson.required(group, "id");
            if (!out.claimGroup(id)) {
                continue;
            }
            String sid = OktaJson.text(group, "profile.objectSid");
            BundleRows.Row row = out.rows().add("groups.csv").set("id", out.groupKey(id)).set("tenant", out.tenant())
                    .set("name", OktaJson.required(group, "profile.name")).set("kind", "security")
                    .set("synced", sid != null || fromDirectory(group.node()));
            OktaRows.setIfKnown(row, "groups.csv", "on_prem_sid", sid);
            OktaRows.setIfKnown(row, "groups.csv", "privileged", privileged.contains(id) ? Boolean.TRUE : null);
        }
    }

    void emitMembershipsAndOwners(OktaExport export) {
        int dropped = 0;
        for (OktaItem member : export.items(Endpoint.GROUP_MEMBERS)) {
            String user = OktaJson.required(member, "id");
            if (out.hasGroup(member.parent()) && out.hasUser(user)) {
                out.rows().add("memberships.csv").set("member", out.userKey(user)).set("group", out.groupKey(member.parent()));
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            out.note(dropped + " group member(s) of groups not in the export (or with no group id)");
        }
        dropped = 0;
        for (OktaItem owner : export.items(Endpoint.GROUP_OWNERS)) {
            String id = OktaJson.required(owner, "id");
            String type = OktaJson.text(owner, "type");
            String key = "GROUP".equalsIgnoreCase(type) ? (out.hasGroup(id) ? out.groupKey(id) : null)
                    : (out.hasUser(id) ? out.userKey(id) : null);
            if (key != null && out.hasGroup(owner.parent())) {
                out.rows().add("owners.csv").set("owner", key).set("target", out.groupKey(owner.parent())).set("role", "owner");
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            out.note(dropped + " group owner(s) naming a group or owner not in the export");
        }
    }

    private static boolean fromDirectory(JsonNode group) {
        for (JsonNode objectClass : OktaJson.at(group, "objectClass")) {
            String value = objectClass.asText();
            if (value.contains("windows_security_principal") || value.contains("ldap")) {
                return true;
            }
        }
        return false;
    }
}
