package dev.faultline.ingest.connector.entra;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Groups and their memberships, directory roles and who holds them. A group is privileged when it
 * holds a privileged role itself (active or eligible): its members get it. A principal holding a role
 * both actively and as PIM-eligible is written once, as active. A role holder the export does not
 * otherwise list gets a placeholder identity ({@code admin} when the role is privileged). Members
 * that are neither a listed user, group nor service principal (devices, contacts) are skipped and
 * counted in the notes.
 */
final class GroupRoleRows {

    private GroupRoleRows() {
    }

    static void write(RowContext ctx) {
        Directory dir = ctx.dir;
        for (Directory.Group group : dir.groups.values()) {
            String key = ctx.keys.group(group.id());
            if (ctx.claim(key)) {
                boolean privileged = dir.roleGrants.stream()
                        .anyMatch(g -> g.principalId().equals(group.id()) && EntraRoles.privileged(g.roleTemplateId()));
                ctx.rows.add("groups.csv").set("id", key).set("tenant", ctx.keys.tenant()).set("name", group.name())
                        .set("kind", group.kind()).set("synced", group.synced()).set("on_prem_sid", group.onPremSid())
                        .set("privileged", privileged);
            }
        }
        int skipped = 0;
        Set<String> written = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> entry : dir.members.entrySet()) {
            String group = ctx.ensureGroup(entry.getKey());
            for (String member : entry.getValue()) {
                String memberKey = ctx.principal(member);
                if (memberKey == null) {
                    skipped++;
                } else if (written.add(memberKey + ">" + group)) {
                    ctx.rows.add("memberships.csv").set("member", memberKey).set("group", group);
                }
            }
        }
        if (skipped > 0) {
            ctx.notes.add(skipped + " group members that are neither a listed user, group nor service principal were skipped");
        }
        dir.roleNames.keySet().forEach(ctx::ensureRole);
        writeAssignments(ctx);
    }

    private static void writeAssignments(RowContext ctx) {
        Map<String, Directory.RoleGrant> grants = new LinkedHashMap<>();
        for (Directory.RoleGrant grant : ctx.dir.roleGrants) {
            String pair = grant.principalId() + ">" + grant.roleTemplateId();
            Directory.RoleGrant known = grants.get(pair);
            if (known == null || (known.eligible() && !grant.eligible())) {
                grants.put(pair, grant);
            }
        }
        for (Directory.RoleGrant grant : grants.values()) {
            String principal = ctx.principal(grant.principalId());
            if (principal == null) {
                String kind = EntraRoles.privileged(grant.roleTemplateId()) ? "admin" : "member";
                principal = ctx.ensureUser(grant.principalId(), null, null, kind);
            }
            ctx.rows.add("role_assignments.csv").set("principal", principal).set("role", ctx.ensureRole(grant.roleTemplateId()))
                    .set("assignment", grant.eligible() ? "eligible" : "active").set("scope", grant.scope());
        }
    }
}
