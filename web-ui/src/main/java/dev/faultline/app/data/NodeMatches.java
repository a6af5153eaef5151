package dev.faultline.app.data;

import java.util.List;

/**
 * Nodes found by a search.
 *
 * @param nodes     exact matches first, then those starting with the text, then by name and key
 * @param truncated true when more nodes match than the limit allowed
 */
public record NodeMatches(List<GraphNode> nodes, boolean truncated) {

    public NodeMatches {
        nodes = List.copyOf(nodes);
    }
}
