package dev.faultline.app.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A node ready to draw.
 *
 * @param key    the node's key
 * @param labels its labels without {@code Entity}, the main one first (Identity, Group, Role, System, ...)
 * @param name   its name; an auth path's protocol, an exception's ticket or a credential's kind when it has none
 * @param tenant its tenant's key
 */
public record GraphNode(String key, List<String> labels, String name, String tenant) {

    /** Main labels, in the order one is chosen to draw a node by. */
    private static final List<String> MAIN = List.of("Identity", "Group", "Role", "System", "Policy", "Exception",
            "Credential", "AuthPath", "RecoveryPath", "Tenant", "BusinessUnit", "Organization", "Generic");

    public GraphNode {
        labels = ordered(labels);
    }

    /** The label to draw the node as: its main label, else its first. */
    public String label() {
        return labels.isEmpty() ? null : labels.get(0);
    }

    /** Main label first, then the others by name, so {@code [Identity, Human, Member]} whatever order the store keeps. */
    static List<String> ordered(List<String> labels) {
        List<String> sorted = new ArrayList<>(labels);
        sorted.remove("Entity");
        sorted.sort(Comparator.comparingInt((String label) -> MAIN.contains(label) ? MAIN.indexOf(label) : MAIN.size())
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(sorted);
    }
}
