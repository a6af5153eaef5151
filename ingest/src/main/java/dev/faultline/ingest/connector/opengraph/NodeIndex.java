package dev.faultline.ingest.connector.opengraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.ingest.connector.ConnectorException;

/**
 * Every node of an export (all its files), and how edge endpoints find them: by id, by the
 * {@code name} property ({@code match_by: name}, which BloodHound rewrites to a property match) or by
 * property matchers, narrowed by the endpoint's {@code kind}. A node described in two files is one
 * node: its kinds and properties are merged, the later file winning. An endpoint matched by id that
 * names a kind but no node of the export gets a placeholder node of that kind.
 */
final class NodeIndex {

    private final Map<String, OgNode> byId = new LinkedHashMap<>();
    private final Map<String, OgNode> placeholders = new LinkedHashMap<>();

    void add(OgNode node) {
        OgNode previous = byId.get(node.id());
        if (previous == null) {
            byId.put(node.id(), node);
            return;
        }
        if (previous.file().equals(node.file())) {
            throw new ConnectorException(node.file(), node.record(), "id",
                    "id already used by another node of the file, " + previous.record());
        }
        List<String> kinds = new ArrayList<>(previous.kinds());
        node.kinds().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
        ObjectNode properties = previous.properties().deepCopy();
        properties.setAll(node.properties());
        byId.put(node.id(), new OgNode(previous.file(), previous.record(), node.id(), kinds, properties, false));
    }

    Collection<OgNode> nodes() {
        return byId.values();
    }

    int placeholderCount() {
        return placeholders.size();
    }

    /**
     * The node of the export that an endpoint names, if there is one.
     *
     * @throws ConnectorException when a name or property match finds several nodes
     */
    Optional<OgNode> find(OgEdge edge, String side) {
        OgEndpoint endpoint = endpoint(edge, side);
        if (endpoint.matchBy().equals("id")) {
            return Optional.ofNullable(byId.get(endpoint.value())).filter(n -> hasKind(n, endpoint));
        }
        List<OgNode> matches = byId.values().stream().filter(n -> hasKind(n, endpoint) && matches(n, endpoint)).toList();
        if (matches.size() > 1) {
            throw new ConnectorException(edge.file(), edge.record(), side,
                    "ambiguous: " + endpoint.describe() + " matches " + matches.size() + " nodes ("
                            + String.join(", ", matches.stream().limit(5).map(OgNode::id).toList())
                            + "); match by id, or narrow it with a kind");
        }
        return matches.stream().findFirst();
    }

    /**
     * A placeholder for a node the export does not hold, when the endpoint names it by id and kind;
     * it takes its tenant from the edge's properties, else from the node at the other end.
     */
    Optional<OgNode> placeholder(OgEdge edge, String side, Optional<OgNode> other) {
        OgEndpoint endpoint = endpoint(edge, side);
        if (!canStandIn(edge, side)) {
            return Optional.empty();
        }
        return Optional.of(placeholders.computeIfAbsent(endpoint.value(),
                id -> placeholder(edge, side, endpoint.kind().get(), other)));
    }

    /** Whether a placeholder can stand for the endpoint: matched by id and kind, and not in the export. */
    boolean canStandIn(OgEdge edge, String side) {
        OgEndpoint endpoint = endpoint(edge, side);
        return endpoint.matchBy().equals("id") && endpoint.kind().isPresent() && !byId.containsKey(endpoint.value());
    }

    private static OgEndpoint endpoint(OgEdge edge, String side) {
        return side.equals("start") ? edge.start() : edge.end();
    }

    private static boolean hasKind(OgNode node, OgEndpoint endpoint) {
        return endpoint.kind().map(kind -> node.kinds().stream().anyMatch(kind::equalsIgnoreCase)).orElse(true);
    }

    private static boolean matches(OgNode node, OgEndpoint endpoint) {
        Map<String, JsonNode> wanted = endpoint.matchBy().equals("name")
                ? Map.of("name", JsonNodeFactory.instance.textNode(endpoint.value())) : endpoint.matchers();
        return wanted.entrySet().stream().allMatch(m -> {
            JsonNode value = node.properties().get(m.getKey());
            return value != null && value.isValueNode() && value.asText().equals(m.getValue().asText())
                    && value.isNumber() == m.getValue().isNumber() && value.isBoolean() == m.getValue().isBoolean();
        });
    }

    private static OgNode placeholder(OgEdge edge, String side, String kind, Optional<OgNode> other) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        Props.find(edge.properties(), Tenants.TENANT_PROPERTIES)
                .or(() -> other.flatMap(o -> Props.find(o.properties(), Tenants.TENANT_PROPERTIES)))
                .ifPresent(tenant -> properties.set(tenant.getKey(), tenant.getValue()));
        return new OgNode(edge.file(), "placeholder named by " + edge.record() + " " + side, endpoint(edge, side).value(),
                List.of(kind),
                properties, true);
    }
}
