package dev.faultline.ingest.connector.okta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Okta admin role assignments ({@code /users/{id}/roles}, {@code /groups/{id}/roles}) mapped to
 * roles and role assignments. A user holding a role directly or through a group is an admin.
 * Every Okta admin role is privileged except {@code READ_ONLY_ADMIN} and {@code REPORT_ADMIN}.
 */
final class AdminRoles {

    private static final Set<String> UNPRIVILEGED = Set.of("READ_ONLY_ADMIN", "REPORT_ADMIN");

    private final List<Assignment> assignments = new ArrayList<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();

    private record Role(String id, String name, boolean privileged) {
    }

    private record Assignment(boolean group, String principal, String role) {
    }

    static AdminRoles of(OktaExport export) {
        AdminRoles admin = new AdminRoles();
        for (Endpoint endpoint : List.of(Endpoint.USER_ROLES, Endpoint.GROUP_ROLES)) {
            for (OktaItem item : export.items(endpoint)) {
                admin.add(item, endpoint == Endpoint.GROUP_ROLES);
            }
        }
        return admin;
    }

    private void add(OktaItem item, boolean listedUnderGroup) {
        String type = OktaJson.required(item, "type");
        if (!"ACTIVE".equalsIgnoreCase(OktaJson.text(item, "status") == null ? "ACTIVE" : OktaJson.text(item, "status"))) {
            return;
        }
        String id = "CUSTOM".equals(type) && OktaJson.text(item, "role") != null ? "custom/" + OktaJson.text(item, "role") : type;
        String label = OktaJson.text(item, "label");
        roles.putIfAbsent(id, new Role(id, label == null ? type : label, !UNPRIVILEGED.contains(type)));
        String assignee = ParentLinks.href(item.node(), "assignee");
        String user = OktaJson.idAfter(assignee, "/api/v1/users/");
        String group = OktaJson.idAfter(assignee, "/api/v1/groups/");
        if (user == null && group == null && item.parent() != null) {
            user = listedUnderGroup ? null : item.parent();
            group = listedUnderGroup ? item.parent() : null;
        }
        if (user != null || group != null) {
            assignments.add(new Assignment(group != null, group != null ? group : user, id));
        }
    }

    /** Users holding an admin role directly or through membership of a group that holds one. */
    Set<String> adminUsers(Map<String, Set<String>> membersByGroup) {
        Set<String> users = new HashSet<>();
        for (Assignment a : assignments) {
            if (a.group()) {
                users.addAll(membersByGroup.getOrDefault(a.principal(), Set.of()));
            } else {
                users.add(a.principal());
            }
        }
        return users;
    }

    /** Groups that hold a privileged role. */
    Set<String> privilegedGroups() {
        Set<String> groups = new HashSet<>();
        for (Assignment a : assignments) {
            if (a.group() && roles.get(a.role()).privileged()) {
                groups.add(a.principal());
            }
        }
        return groups;
    }

    /** Writes roles.csv and the role assignments whose principal was emitted. */
    void emit(OktaRows out) {
        for (Role role : roles.values()) {
            out.rows().add("roles.csv").set("id", out.roleKey(role.id())).set("tenant", out.tenant())
                    .set("name", role.name()).set("privileged", role.privileged());
        }
        Set<String> seen = new HashSet<>();
        int dropped = 0;
        for (Assignment a : assignments) {
            String principal = a.group() ? (out.hasGroup(a.principal()) ? out.groupKey(a.principal()) : null)
                    : (out.hasUser(a.principal()) ? out.userKey(a.principal()) : null);
            if (principal == null) {
                dropped++;
            } else if (seen.add(principal + "|" + a.role())) {
                out.rows().add("role_assignments.csv").set("principal", principal).set("role", out.roleKey(a.role()));
            }
        }
        if (dropped > 0) {
            out.note(dropped + " admin role assignment(s) to users or groups not in the export");
        }
    }
}
