package dev.faultline.ingest.connector.opengraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.ingest.connector.ConnectorException;

/**
 * Reads the JSON of one OpenGraph file into a {@link OgPayload}, checking what the OpenGraph schema
 * demands: a {@code graph} object, nodes with an id and kinds, edges with a kind, a start and an
 * end, and flat property values (scalars or arrays of scalars).
 */
final class OgParser {

    private final String file;

    OgParser(String file) {
        this.file = file;
    }

    OgPayload parse(JsonNode root, String stem) {
        JsonNode graph = root.path("graph");
        if (!graph.isObject()) {
            throw new ConnectorException(file, null, "graph", "missing or not an object");
        }
        Optional<String> sourceKind = Optional.ofNullable(root.path("metadata").path("source_kind").textValue())
                .filter(s -> !s.isBlank());
        List<OgNode> nodes = new ArrayList<>();
        JsonNode nodeArray = array(graph, "nodes");
        for (int i = 0; i < nodeArray.size(); i++) {
            nodes.add(node(nodeArray.get(i), i));
        }
        List<OgEdge> edges = new ArrayList<>();
        JsonNode edgeArray = array(graph, "edges");
        for (int i = 0; i < edgeArray.size(); i++) {
            edges.add(edge(edgeArray.get(i), i));
        }
        return new OgPayload(file, stem, sourceKind, nodes, edges);
    }

    private JsonNode array(JsonNode graph, String name) {
        JsonNode array = graph.path(name);
        if (array.isMissingNode() || array.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!array.isArray()) {
            throw new ConnectorException(file, null, "graph." + name, "not an array but " + array.getNodeType());
        }
        return array;
    }

    private OgNode node(JsonNode json, int index) {
        String record = "graph.nodes[" + index + "]";
        if (!json.isObject()) {
            throw new ConnectorException(file, record, null, "not an object");
        }
        String id = scalar(json.path("id"), record, "id");
        record += " (id " + id + ")";
        JsonNode kindArray = json.path("kinds");
        if (!kindArray.isArray() || kindArray.isEmpty()) {
            throw new ConnectorException(file, record, "kinds", "missing or empty: a node needs at least one kind");
        }
        List<String> kinds = new ArrayList<>();
        for (int k = 0; k < kindArray.size(); k++) {
            String kind = kindArray.get(k).textValue();
            if (kind == null || kind.isBlank() || kind.contains(";")) {
                throw new ConnectorException(file, record, "kinds[" + k + "]",
                        "not a kind name: " + kindArray.get(k) + " (a non-empty string without ';')");
            }
            if (!kinds.contains(kind.strip())) {
                kinds.add(kind.strip());
            }
        }
        return new OgNode(file, record, id, kinds, properties(json, record), false);
    }

    private OgEdge edge(JsonNode json, int index) {
        String record = "graph.edges[" + index + "]";
        if (!json.isObject()) {
            throw new ConnectorException(file, record, null, "not an object");
        }
        String kind = scalar(json.path("kind"), record, "kind");
        record += " (kind " + kind + ")";
        return new OgEdge(file, record, kind, endpoint(json, "start", record), endpoint(json, "end", record),
                properties(json, record));
    }

    private OgEndpoint endpoint(JsonNode edge, String side, String record) {
        JsonNode json = edge.path(side);
        if (!json.isObject()) {
            throw new ConnectorException(file, record, side, "missing or not an object: an edge needs a start and an end");
        }
        String matchBy = json.path("match_by").isMissingNode() || json.path("match_by").isNull()
                ? "id" : json.path("match_by").asText();
        Optional<String> kind = Optional.ofNullable(json.path("kind").textValue()).filter(s -> !s.isBlank());
        return switch (matchBy) {
            case "id", "name" -> new OgEndpoint(matchBy, scalar(json.path("value"), record, side + ".value"), kind, Map.of());
            case "property" -> new OgEndpoint(matchBy, null, kind, matchers(json.path("property_matchers"), record, side));
            default -> throw new ConnectorException(file, record, side + ".match_by",
                    "unknown value '" + matchBy + "' (id, name or property)");
        };
    }

    private Map<String, JsonNode> matchers(JsonNode array, String record, String side) {
        String field = side + ".property_matchers";
        if (!array.isArray() || array.isEmpty()) {
            throw new ConnectorException(file, record, field, "missing or empty for match_by property");
        }
        Map<String, JsonNode> matchers = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode matcher = array.get(i);
            String key = matcher.path("key").textValue();
            JsonNode value = matcher.path("value");
            if (key == null || key.isBlank() || !value.isValueNode() || value.isNull()) {
                throw new ConnectorException(file, record, field + "[" + i + "]", "needs a key and a scalar value: " + matcher);
            }
            if (!"equals".equals(matcher.path("operator").asText("equals"))) {
                throw new ConnectorException(file, record, field + "[" + i + "].operator",
                        "unknown operator " + matcher.path("operator") + " (only equals)");
            }
            matchers.put(key, value);
        }
        return matchers;
    }

    private ObjectNode properties(JsonNode json, String record) {
        JsonNode properties = json.path("properties");
        if (properties.isMissingNode() || properties.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!properties.isObject()) {
            throw new ConnectorException(file, record, "properties", "not an object but " + properties.getNodeType());
        }
        properties.fields().forEachRemaining(field -> checkFlat(field.getValue(), record, "properties." + field.getKey()));
        return (ObjectNode) properties;
    }

    private void checkFlat(JsonNode value, String record, String field) {
        boolean flat = value.isValueNode()
                || value.isArray() && java.util.stream.StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode);
        if (!flat) {
            throw new ConnectorException(file, record, field,
                    "not a flat value (a string, number, boolean or an array of them): " + abbreviate(value.toString()));
        }
    }

    private String scalar(JsonNode value, String record, String field) {
        if (!(value.isTextual() || value.isNumber()) || value.asText().isBlank()) {
            throw new ConnectorException(file, record, field,
                    value.isMissingNode() ? "missing" : "not a non-empty string: " + abbreviate(value.toString()));
        }
        return value.asText().strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
