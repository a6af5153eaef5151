package dev.faultline.ingest.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Checks a {@link ColumnType#JSON} cell: one JSON object whose values are scalars (string, number,
 * boolean, null) or arrays of scalars other than null, such as OpenGraph properties. Nested objects
 * and arrays could not become Neo4j properties later, so they are refused now.
 */
final class FlatJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private FlatJson() {
    }

    /** The cell text, unchanged, when valid; a {@link CellError} saying what is wrong otherwise. */
    static Object check(String raw) {
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            return error(raw, "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return error(raw, "expected a JSON object {...}");
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String problem = problem(property.getValue());
            if (problem != null) {
                return error(raw, "property '" + property.getKey() + "' " + problem);
            }
        }
        return raw;
    }

    private static String problem(JsonNode value) {
        if (value.isObject()) {
            return "is an object; values must be scalars or arrays of scalars";
        }
        if (!value.isArray()) {
            return null;
        }
        for (JsonNode element : value) {
            if (element.isContainerNode() || element.isNull()) {
                return "is an array holding " + (element.isNull() ? "null" : "an object or array")
                        + "; arrays must hold strings, numbers or booleans";
            }
        }
        return null;
    }

    private static CellError error(String raw, String what) {
        return new CellError(raw, Reasons.BAD_VALUE + ": " + what);
    }
}
