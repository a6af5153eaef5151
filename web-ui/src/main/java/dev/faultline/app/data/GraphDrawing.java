package dev.faultline.app.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects nodes and edges for a {@link GraphView}, each once, up to a number of nodes. */
final class GraphDrawing {

    private final int maxNodes;
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Set<GraphEdge> edges = new LinkedHashSet<>();
    private boolean truncated;

    GraphDrawing(int maxNodes) {
        this.maxNodes = maxNodes;
    }

    /** Adds the edge and its end nodes, unless that would pass the limit (then it is truncated). */
    void add(GraphEdge edge, GraphNode... ends) {
        int added = 0;
        for (GraphNode end : ends) {
            added += nodes.containsKey(end.key()) ? 0 : 1;
        }
        if (nodes.size() + added > maxNodes) {
            truncated = true;
            return;
        }
        for (GraphNode end : ends) {
            nodes.putIfAbsent(end.key(), end);
        }
        if (edge != null) {
            edges.add(edge);
        }
    }

    void truncated() {
        truncated = true;
    }

    GraphView view() {
        return new GraphView(new ArrayList<>(nodes.values()), List.copyOf(edges), truncated);
    }
}
