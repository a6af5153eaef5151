package dev.faultline.app.web.explorer;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import dev.faultline.app.data.GraphNode;
import dev.faultline.app.data.NodeMatches;

/**
 * What a text typed into one of the explorer's node fields names: one node (a key or a name matched
 * exactly, or the only match), several to choose from, or nothing.
 *
 * @param text       as typed
 * @param chosen     the node it names; null when none or several
 * @param candidates the matches to choose from when it names several
 */
public record NodeChoice(String text, GraphNode chosen, List<GraphNode> candidates) {

    static final int CANDIDATES = 20;

    static NodeChoice of(String text, NodeMatches matches, Predicate<GraphNode> wanted) {
        List<GraphNode> nodes = matches.nodes().stream().filter(wanted).toList();
        String lower = text.strip().toLowerCase(Locale.ROOT);
        List<GraphNode> exact = nodes.stream().filter(n -> n.key().equals(text.strip())).toList();
        if (exact.isEmpty()) {
            exact = nodes.stream().filter(n -> n.key().toLowerCase(Locale.ROOT).equals(lower)
                    || n.name() != null && n.name().toLowerCase(Locale.ROOT).equals(lower)).toList();
        }
        if (exact.size() == 1) {
            return new NodeChoice(text, exact.get(0), List.of());
        }
        if (nodes.size() == 1) {
            return new NodeChoice(text, nodes.get(0), List.of());
        }
        List<GraphNode> candidates = exact.isEmpty() ? nodes : exact;
        return new NodeChoice(text, null, candidates.subList(0, Math.min(CANDIDATES, candidates.size())));
    }

    public boolean found() {
        return chosen != null;
    }

    public boolean none() {
        return chosen == null && candidates.isEmpty();
    }
}
