package dev.faultline.analyzer.path;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * The projected subgraph as a JGraphT graph whose vertices are node keys, with the nodes' details
 * beside it. A SAME_AS link is added in both directions (the same person can use either account);
 * every other relationship keeps its stored direction.
 */
public final class BypassGraph {

    /** The relationship type that links twin accounts of the same person or workload. */
    public static final String SAME_AS = "SAME_AS";

    private final Graph<String, Edge> graph = new DefaultDirectedGraph<>(Edge.class);
    private final Map<String, Node> nodes = new HashMap<>();

    public BypassGraph(List<ProjectedEdge> edges) {
        for (ProjectedEdge edge : edges) {
            add(edge.from(), edge.to(), edge.type(), edge.weak(), "");
            if (SAME_AS.equals(edge.type())) {
                add(edge.to(), edge.from(), edge.type(), edge.weak(), " (reverse)");
            }
        }
    }

    private void add(Node from, Node to, String type, boolean weak, String suffix) {
        nodes.putIfAbsent(from.key(), from);
        nodes.putIfAbsent(to.key(), to);
        graph.addVertex(from.key());
        graph.addVertex(to.key());
        graph.addEdge(from.key(), to.key(), new Edge(from.key() + " -" + type + "-> " + to.key() + suffix, type, weak));
    }

    public Graph<String, Edge> graph() {
        return graph;
    }

    public Optional<Node> node(String key) {
        return Optional.ofNullable(nodes.get(key));
    }

    /** The node of a vertex of this graph; a key the graph does not hold is a caller's error. */
    public Node nodeOf(String key) {
        return node(key).orElseThrow(() -> new IllegalArgumentException("no node with key '" + key + "' in the projection"));
    }

    /** Keys of the nodes with this label, sorted. */
    public List<String> keysLabelled(String label) {
        return nodes.values().stream().filter(n -> n.label().equals(label)).map(Node::key).sorted().toList();
    }
}
