package dev.faultline.app.data;

import static dev.faultline.app.data.ReadQueries.parameters;

import java.util.List;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import dev.faultline.analyzer.finding.Hop;

/**
 * The graph explorer: find nodes, open a node's neighbourhood, see who reaches a system without MFA,
 * and the shortest path between two nodes; each as nodes and edges ready to draw, at most
 * {@value #MAX_NODES} nodes.
 */
public final class ExplorerReads {

    public static final int MAX_NODES = 500;
    public static final int MAX_SEARCH = 100;
    /** Hops a shortest path may have; the statement's bound. */
    public static final int MAX_HOPS = 8;

    private final ReadQueries queries;

    public ExplorerReads(Driver driver, String database) {
        this.queries = new ReadQueries(driver, database);
    }

    /**
     * Nodes whose key or name contains the text, case-insensitively, taken as plain text.
     *
     * @param limit 1 to {@value #MAX_SEARCH}
     */
    public NodeMatches search(String text, int limit) {
        if (limit < 1 || limit > MAX_SEARCH) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_SEARCH + ", was " + limit);
        }
        if (text == null || text.isBlank()) {
            return new NodeMatches(List.of(), false);
        }
        List<GraphNode> nodes = queries.run("ui/search-nodes", parameters("text", text.strip(), "limit", (long) limit + 1))
                .stream().map(r -> node(r, "")).toList();
        return new NodeMatches(nodes.size() > limit ? nodes.subList(0, limit) : nodes, nodes.size() > limit);
    }

    /** The node with exactly this key (an index lookup, unlike {@link #search}); empty when none has it. */
    public Optional<GraphNode> node(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return queries.run("ui/nodes", parameters("keys", List.of(key))).stream().findFirst().map(r -> node(r, ""));
    }

    /** The node and its neighbours (both directions, any relationship between graph nodes); empty when no node has the key. */
    public Optional<GraphView> neighbours(String key) {
        List<Record> rows = queries.run("ui/neighbours", parameters("key", key, "limit", (long) MAX_NODES + 1));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        GraphNode center = node(rows.get(0), "");
        GraphDrawing drawing = new GraphDrawing(MAX_NODES);
        drawing.add(null, center);
        for (Record r : rows) {
            if (!r.get("type").isNull()) {
                drawing.add(new GraphEdge(r.get("type").asString(), r.get("fromKey").asString(), r.get("toKey").asString()),
                        node(r, "neighbour"));
            }
        }
        if (rows.size() > MAX_NODES) {
            drawing.truncated();
        }
        return Optional.of(drawing.view());
    }

    /**
     * The legacy-auth-bypass findings of the run whose path ends at the system, and everyone with a
     * legacy auth path without MFA into it.
     *
     * @param run the analysis run; null or blank for the latest
     */
    public SystemExposure whoReachesWithoutMfa(String systemKey, String run) {
        if (systemKey == null || systemKey.isBlank()) {
            throw new IllegalArgumentException("a system key is required, was '" + systemKey + "'");
        }
        List<Record> matches = queries.run("ui/bypass-findings", parameters("run", ReadQueries.blankToNull(run),
                "rules", List.of("legacy-auth-bypass"), "hop", JsonFields.hopKey(systemKey)));
        List<FindingSummary> findings = matches.stream()
                .filter(r -> endsAt(JsonFields.hops(Values.text(r, "pathJson")), systemKey))
                .map(r -> FindingSummary.of(r.get("finding"))).toList();
        String runId = matches.isEmpty() ? ReadQueries.blankToNull(run) : Values.text(matches.get(0), "run");
        return new SystemExposure(runId, systemKey, findings, reachers(systemKey));
    }

    private GraphView reachers(String systemKey) {
        GraphDrawing drawing = new GraphDrawing(MAX_NODES);
        List<Record> rows = queries.run("ui/legacy-reachers", parameters("key", systemKey, "limit", (long) MAX_NODES + 1));
        for (Record r : rows) {
            GraphNode who = node(r, "");
            GraphNode path = new GraphNode(r.get("pathKey").asString(), List.of("AuthPath"), Values.text(r, "protocol"),
                    Values.text(r, "pathTenant"));
            GraphNode system = new GraphNode(r.get("systemKey").asString(), List.of("System"), Values.text(r, "systemName"),
                    Values.text(r, "systemTenant"));
            drawing.add(new GraphEdge("REACHES", path.key(), system.key()), path, system);
            drawing.add(new GraphEdge("HAS_AUTH_PATH", who.key(), path.key()), who, path);
        }
        if (rows.size() > MAX_NODES) {
            drawing.truncated();
        }
        return drawing.view();
    }

    /** A shortest path of at most {@value #MAX_HOPS} hops, either direction, through graph nodes only; empty when none. */
    public Optional<GraphView> shortestPath(String fromKey, String toKey) {
        if (fromKey == null || toKey == null) {
            return Optional.empty();
        }
        if (fromKey.equals(toKey)) {
            return neighbours(fromKey).map(view -> new GraphView(view.nodes().subList(0, 1), List.of(), false));
        }
        List<Record> rows = queries.run("ui/shortest-path", parameters("from", fromKey, "to", toKey));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<GraphNode> nodes = rows.get(0).get("nodes").asList(n -> new GraphNode(n.get(0).asString(),
                n.get(1).asList(Value::asString), text(n.get(2)), text(n.get(3))));
        List<GraphEdge> edges = rows.get(0).get("edges").asList(e -> new GraphEdge(e.get(0).asString(),
                e.get(1).asString(), e.get(2).asString()));
        return Optional.of(new GraphView(nodes, edges, false));
    }

    static boolean endsAt(List<Hop> hops, String systemKey) {
        return hops.stream().filter(hop -> "System".equals(hop.label())).reduce((a, b) -> b)
                .map(hop -> hop.key().equals(systemKey)).orElse(false);
    }

    /** The node in columns key, labels, name, tenant; or, with a prefix, prefixKey, prefixLabels, ... */
    private static GraphNode node(Record r, String prefix) {
        return new GraphNode(r.get(column(prefix, "key")).asString(), r.get(column(prefix, "labels")).asList(Value::asString),
                Values.text(r, column(prefix, "name")), Values.text(r, column(prefix, "tenant")));
    }

    private static String column(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
