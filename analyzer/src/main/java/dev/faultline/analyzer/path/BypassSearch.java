package dev.faultline.analyzer.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.GraphWalk;

/**
 * Bounded breadth-first search: from one source, the shortest path (fewest relationships) to every
 * target vertex within {@code maxHops} relationships. Ties are broken deterministically: outgoing
 * edges are visited in the order of their end vertex's key, then their id.
 *
 * <p>Complexity per source: O(V + E log d) time and O(V) memory, where V and E are the vertices and
 * edges within {@code maxHops} of the source and d the largest out-degree (the sort of each
 * vertex's outgoing edges).
 */
public final class BypassSearch {

    private final Graph<String, Edge> graph;
    private final int maxHops;

    public BypassSearch(Graph<String, Edge> graph, int maxHops) {
        if (graph == null) {
            throw new IllegalArgumentException("graph is required");
        }
        if (maxHops < 1) {
            throw new IllegalArgumentException("maxHops must be at least 1, was " + maxHops);
        }
        this.graph = graph;
        this.maxHops = maxHops;
    }

    /**
     * The shortest path from {@code source} to each reachable vertex that {@code isTarget} accepts,
     * keyed by that vertex, in the order found. Empty when the source is not in the graph or reaches
     * no target; the source itself is never a target.
     */
    public Map<String, GraphPath<String, Edge>> shortestPaths(String source, Predicate<String> isTarget) {
        Map<String, GraphPath<String, Edge>> found = new LinkedHashMap<>();
        if (!graph.containsVertex(source)) {
            return found;
        }
        Map<String, Edge> reachedBy = new HashMap<>();
        reachedBy.put(source, null);
        List<String> level = List.of(source);
        for (int hops = 1; hops <= maxHops && !level.isEmpty(); hops++) {
            List<String> next = new ArrayList<>();
            for (String vertex : level) {
                for (Edge edge : sortedOutgoing(vertex)) {
                    String target = graph.getEdgeTarget(edge);
                    if (!reachedBy.containsKey(target)) {
                        reachedBy.put(target, edge);
                        next.add(target);
                        if (isTarget.test(target)) {
                            found.put(target, walk(source, target, reachedBy));
                        }
                    }
                }
            }
            level = next;
        }
        return found;
    }

    private List<Edge> sortedOutgoing(String vertex) {
        List<Edge> edges = new ArrayList<>(graph.outgoingEdgesOf(vertex));
        edges.sort(Comparator.comparing(graph::getEdgeTarget).thenComparing(Edge::id));
        return edges;
    }

    private GraphPath<String, Edge> walk(String source, String target, Map<String, Edge> reachedBy) {
        List<Edge> edges = new ArrayList<>();
        List<String> vertices = new ArrayList<>(List.of(target));
        for (String vertex = target; !vertex.equals(source); vertex = graph.getEdgeSource(reachedBy.get(vertex))) {
            edges.add(reachedBy.get(vertex));
            vertices.add(graph.getEdgeSource(reachedBy.get(vertex)));
        }
        Collections.reverse(edges);
        Collections.reverse(vertices);
        return new GraphWalk<>(graph, source, target, vertices, edges, edges.size());
    }
}
