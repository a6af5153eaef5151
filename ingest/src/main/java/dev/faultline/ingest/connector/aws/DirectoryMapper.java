package dev.faultline.ingest.connector.aws;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Maps groups and roles of the authorization details, and users' group memberships. A group or
 * role is privileged when its policies make it an administrator; an admin group also holds the
 * account's synthetic administrator role.
 */
final class DirectoryMapper {

    private final AwsRows rows;

    DirectoryMapper(AwsRows rows) {
        this.rows = rows;
    }

    void group(IamGroup group) {
        String key = AwsKeys.group(group.account(), group.name());
        BundleRows.Row row = rows.node("groups.csv", key);
        if (row == null) {
            return;
        }
        row.set("tenant", rows.account(group.account())).set("name", group.name()).set("kind", "security")
                .set("privileged", group.admin());
        if (group.admin()) {
            rows.accountAdmin(group.account(), key);
        }
    }

    void role(IamRole role) {
        BundleRows.Row row = rows.node("roles.csv", AwsKeys.role(role.account(), role.name()));
        if (row != null) {
            row.set("tenant", rows.account(role.account())).set("name", role.name()).set("privileged", role.admin());
        }
    }

    /** The user's memberships of groups that were emitted; a group name the export does not list is left out. */
    void memberships(IamUser user) {
        String member = AwsKeys.user(user.account(), user.name());
        for (String name : user.groups()) {
            String group = AwsKeys.group(user.account(), name);
            BundleRows.Row row = rows.has(group) ? rows.link("memberships.csv", member + "|" + group) : null;
            if (row != null) {
                row.set("member", member).set("group", group);
            }
        }
    }
}
