package dev.faultline.ingest.connector.sharphound;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The users who are members of a privileged group, directly or through nested groups of the
 * export. Breadth-first over group members, each group visited once: O(groups + memberships).
 */
final class PrivilegedReach {

    private PrivilegedReach() {
    }

    /** Ids of the users reached from the privileged groups. */
    static Set<String> users(AdDirectory directory) {
        Deque<AdGroup> queue = new ArrayDeque<>();
        Set<String> seenGroups = new HashSet<>();
        for (AdGroup group : directory.groups()) {
            if (PrivilegedGroups.isPrivileged(group.principal()) && seenGroups.add(group.principal().id())) {
                queue.add(group);
            }
        }
        Set<String> users = new HashSet<>();
        while (!queue.isEmpty()) {
            for (String member : queue.poll().members()) {
                AdGroup nested = directory.group(member);
                if (nested != null && seenGroups.add(member)) {
                    queue.add(nested);
                } else if (directory.user(member) != null) {
                    users.add(member);
                }
            }
        }
        return users;
    }
}
