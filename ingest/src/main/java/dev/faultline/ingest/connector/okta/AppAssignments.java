package dev.faultline.ingest.connector.okta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * App assignments ({@code /apps/{id}/groups}, {@code /apps/{id}/users}) to access rows: a group
 * assignment, or a user assigned directly ({@code scope} USER); a user assigned through a group
 * ({@code scope} GROUP) is already covered by the group.
 */
final class AppAssignments {

    private AppAssignments() {
    }

    /** Writes access rows; returns the assigned principal keys of each app. */
    static Map<String, List<String>> emit(OktaExport export, OktaRows out) {
        Map<String, List<String>> byApp = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int dropped = 0;
        for (OktaItem assignment : export.items(Endpoint.APP_GROUPS)) {
            String group = OktaJson.idAfter(ParentLinks.href(assignment.node(), "group"), "/api/v1/groups/");
            String id = group != null ? group : OktaJson.required(assignment, "id");
            dropped += add(out, byApp, seen, assignment.parent(), out.hasGroup(id) ? out.groupKey(id) : null);
        }
        for (OktaItem assignment : export.items(Endpoint.APP_USERS)) {
            if ("GROUP".equalsIgnoreCase(OktaJson.text(assignment, "scope"))) {
                continue;
            }
            String id = OktaJson.required(assignment, "id");
            dropped += add(out, byApp, seen, assignment.parent(), out.hasUser(id) ? out.userKey(id) : null);
        }
        if (dropped > 0) {
            out.note(dropped + " app assignment(s) naming an app, group or user not in the export");
        }
        return byApp;
    }

    private static int add(OktaRows out, Map<String, List<String>> byApp, Set<String> seen, String app, String principal) {
        if (principal == null || !out.hasApp(app)) {
            return 1;
        }
        if (seen.add(app + "|" + principal)) {
            out.rows().add("access.csv").set("principal", principal).set("system", out.appKey(app)).set("permission", "assigned");
            byApp.computeIfAbsent(app, a -> new ArrayList<>()).add(principal);
        }
        return 0;
    }
}
