package dev.faultline.ingest.connector.sharphound;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Groups to groups rows and their direct members to memberships. A privileged group (by
 * well-known RID) is marked {@code privileged} and also becomes a privileged role that the group
 * holds, so that privileged AD access reads like a cloud admin role: identity, group, role.
 * Members that are computers or that the export does not hold (foreign principals, other domains)
 * are left out and counted.
 */
final class GroupMapper {

    private GroupMapper() {
    }

    static void write(AdDirectory directory, BundleRows rows) {
        for (AdGroup group : directory.groups()) {
            AdPrincipal principal = group.principal();
            boolean privileged = PrivilegedGroups.isPrivileged(principal);
            rows.add("groups.csv").set("id", AdKeys.group(principal)).set("tenant", AdKeys.tenant(principal.domainSid()))
                    .set("name", principal.name()).set("privileged", privileged).set("on_prem_sid", principal.sid());
            if (privileged) {
                rows.add("roles.csv").set("id", AdKeys.role(principal)).set("tenant", AdKeys.tenant(principal.domainSid()))
                        .set("name", principal.name()).set("privileged", true);
                rows.add("role_assignments.csv").set("principal", AdKeys.group(principal)).set("role", AdKeys.role(principal));
            }
            group.members().forEach(member -> writeMembership(directory, group, member, rows));
        }
    }

    private static void writeMembership(AdDirectory directory, AdGroup group, String member, BundleRows rows) {
        String memberKey = memberKey(directory, member);
        if (memberKey != null && !member.equals(group.principal().id())) {
            rows.add("memberships.csv").set("member", memberKey).set("group", AdKeys.group(group.principal()));
        }
    }

    private static String memberKey(AdDirectory directory, String member) {
        AdUser user = directory.user(member);
        if (user != null) {
            return AdKeys.user(user.principal());
        }
        AdGroup group = directory.group(member);
        return group == null ? null : AdKeys.group(group.principal());
    }

    /** Group members left out: computers (systems, not identities) and principals the export does not hold. */
    static LeftOut leftOut(AdDirectory directory) {
        int computers = 0;
        int unresolved = 0;
        for (AdGroup group : directory.groups()) {
            for (String member : group.members()) {
                if (directory.isComputer(member)) {
                    computers++;
                } else if (memberKey(directory, member) == null) {
                    unresolved++;
                }
            }
        }
        return new LeftOut(computers, unresolved);
    }

    /**
     * Counts of group members not written as memberships.
     *
     * @param computers  members that are computers
     * @param unresolved members the export does not hold
     */
    record LeftOut(int computers, int unresolved) {
    }
}
