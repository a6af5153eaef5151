package dev.faultline.analyzer.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.GraphWalk;

/**
 * Bounded breadth-first search over a {@link BypassGraph}: from one source, the shortest path
 * (fewest relationships) to every target vertex within {@code maxHops} relationships. Ties are
 * broken deterministically: outgoing edges are visited in the order of their end vertex (that is,
 * of its key), then of their id.
 *
 * <p>Complexity per source: O(V + E log d) time, where V and E are the vertices and edges within
 * {@code maxHops} of the source and d the largest out-degree (the sort of each vertex's outgoing
 * edges). Memory: one int per vertex of the graph, allocated once per search object and reset in
 * O(V) after each source, so searching from many sources costs no allocation per source.
 */
public final class BypassSearch {

    private final BypassGraph bypass;
    private final Graph<Integer, Integer> graph;
    private final int maxHops;
    /** The edge each vertex was reached by, +1; 0 when not reached (the source holds -1). */
    private final int[] reachedBy;

    public BypassSearch(BypassGraph bypass, int maxHops) {
        if (bypass == null) {
            throw new IllegalArgumentException("graph is required");
        }
        if (maxHops < 1) {
            throw new IllegalArgumentException("maxHops must be at least 1, was " + maxHops);
        }
        this.bypass = bypass;
        this.graph = bypass.graph();
        this.maxHops = maxHops;
        this.reachedBy = new int[bypass.vertexCount()];
    }

    /**
     * The shortest path from {@code source} to each reachable vertex that {@code isTarget} accepts,
     * keyed by that vertex, in the order found. The source itself is never a target.
     */
    public Map<Integer, GraphPath<Integer, Integer>> shortestPaths(int source, IntPredicate isTarget) {
        Map<Integer, GraphPath<Integer, Integer>> found = new LinkedHashMap<>();
        List<Integer> touched = new ArrayList<>();
        reachedBy[source] = -1;
        touched.add(source);
        List<Integer> level = List.of(source);
        for (int hops = 1; hops <= maxHops && !level.isEmpty(); hops++) {
            List<Integer> next = new ArrayList<>();
            for (int vertex : level) {
                for (int edge : sortedOutgoing(vertex)) {
                    int target = graph.getEdgeTarget(edge);
                    if (reachedBy[target] == 0) {
                        reachedBy[target] = edge + 1;
                        touched.add(target);
                        next.add(target);
                        if (isTarget.test(target)) {
                            found.put(target, walk(source, target));
                        }
                    }
                }
            }
            level = next;
        }
        for (int vertex : touched) {
            reachedBy[vertex] = 0;
        }
        return found;
    }

    /** Same, by key: empty when the key is not in the graph. */
    public Map<Integer, GraphPath<Integer, Integer>> shortestPaths(String source, IntPredicate isTarget) {
        return bypass.vertex(source).isPresent() ? shortestPaths(bypass.vertex(source).getAsInt(), isTarget)
                : Map.of();
    }

    private int[] sortedOutgoing(int vertex) {
        int[] edges = graph.outgoingEdgesOf(vertex).stream().mapToInt(Integer::intValue).toArray();
        if (edges.length > 1) {
            long[] keyed = new long[edges.length];
            for (int i = 0; i < edges.length; i++) {
                keyed[i] = ((long) graph.getEdgeTarget(edges[i]) << 32) | edges[i];
            }
            Arrays.sort(keyed);
            for (int i = 0; i < edges.length; i++) {
                edges[i] = (int) keyed[i];
            }
        }
        return edges;
    }

    private GraphPath<Integer, Integer> walk(int source, int target) {
        List<Integer> edges = new ArrayList<>();
        List<Integer> vertices = new ArrayList<>(List.of(target));
        for (int vertex = target; vertex != source; vertex = graph.getEdgeSource(reachedBy[vertex] - 1)) {
            edges.add(reachedBy[vertex] - 1);
            vertices.add(graph.getEdgeSource(reachedBy[vertex] - 1));
        }
        Collections.reverse(edges);
        Collections.reverse(vertices);
        return new GraphWalk<>(graph, source, target, vertices, edges, edges.size());
    }
}
