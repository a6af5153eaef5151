package dev.faultline.app.web.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.app.data.GraphEdge;
import dev.faultline.app.data.GraphNode;
import dev.faultline.app.data.GraphView;
import dev.faultline.app.data.HopDetail;

/**
 * A drawing as {@code /js/graph.js} reads it: {@code {nodes, edges, truncated}}. Names travel as
 * data and become Cytoscape labels, never markup.
 *
 * @param nodes     each node once, in the order given
 * @param edges     each edge between two of the nodes
 * @param truncated true when the source left nodes out
 */
public record GraphJson(List<Node> nodes, List<Edge> edges, boolean truncated) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param id         the node's key
     * @param label      what the drawing shows: its name, else its key
     * @param kind       picks colour and shape: {@code human}, {@code nhi}, {@code identity}, or the main
     *                   label in lower case ({@code group}, {@code system}, {@code authpath}...)
     * @param labels     every label, the main one first
     * @param properties what the side panel lists besides key, labels and tenant
     * @param weak       a weak link of a finding's path
     */
    public record Node(String id, String label, String kind, String name, String tenant, List<String> labels,
            Map<String, String> properties, boolean weak) {
    }

    /** @param weak the edge is a finding's weak link */
    public record Edge(String id, String source, String target, String type, boolean weak) {
    }

    /** The explorer's drawing. */
    public static GraphJson of(GraphView view) {
        List<Node> nodes = view.nodes().stream().map(n -> new Node(n.key(), display(n.name(), n.key()),
                kind(n.labels()), n.name(), n.tenant(), n.labels(), Map.of(), false)).toList();
        List<Edge> edges = new ArrayList<>();
        for (GraphEdge e : view.edges()) {
            edges.add(new Edge(e.type() + ":" + e.from() + "->" + e.to(), e.from(), e.to(), e.type(), false));
        }
        return new GraphJson(nodes, edges, view.truncated());
    }

    /**
     * A finding's path: a node per distinct key, an edge from each hop to the next typed as the hop
     * says. A hop's weak flag belongs to the relationship leaving it, so that edge is the weak one;
     * a weak last hop (no relationship leaves it) marks its node instead.
     */
    public static GraphJson ofPath(List<HopDetail> path) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            HopDetail detail = path.get(i);
            Hop hop = detail.hop();
            boolean last = i + 1 == path.size();
            List<String> labels = detail.labels().isEmpty() && hop.label() != null ? List.of(hop.label()) : detail.labels();
            Node node = new Node(hop.key(), display(hop.name(), hop.key()), kind(labels), hop.name(), hop.tenant(), labels,
                    detail.properties(), last && hop.weak());
            nodes.merge(hop.key(), node, (a, b) -> a.weak() || !b.weak() ? a : b);
            if (!last) {
                edges.add(new Edge("hop-" + i, hop.key(), path.get(i + 1).hop().key(), hop.edge() == null ? "" : hop.edge(),
                        hop.weak()));
            }
        }
        return new GraphJson(List.copyOf(nodes.values()), edges, false);
    }

    /** The node's kind from its labels (main label first, as {@link GraphNode#labels()} orders them). */
    static String kind(List<String> labels) {
        if (labels.isEmpty()) {
            return "other";
        }
        if ("Identity".equals(labels.get(0))) {
            return labels.contains("Human") ? "human" : labels.contains("NonHuman") ? "nhi" : "identity";
        }
        return labels.get(0).toLowerCase(Locale.ROOT);
    }

    private static String display(String name, String key) {
        return name == null || name.isBlank() ? key : name;
    }

    /** As JSON text, for a {@code data-graph} attribute (Thymeleaf escapes it there). */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the graph as JSON", e);
        }
    }
}
