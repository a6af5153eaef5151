package dev.faultline.app.data;

import java.util.List;

/**
 * Nodes and edges ready to draw: every edge's ends are among the nodes.
 *
 * @param nodes     at most {@link ExplorerReads#MAX_NODES}, in the order found
 * @param edges     distinct edges between them
 * @param truncated true when there was more than the limit allowed
 */
public record GraphView(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public static GraphView empty() {
        return new GraphView(List.of(), List.of(), false);
    }
}
