package dev.faultline.ingest.connector.entra;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.connector.ExportInput;

/**
 * JSON access that tolerates what Graph and PowerShell exports do: camelCase or PascalCase names
 * (read case-insensitively), {@code @odata} annotations (ignored), trailing commas (the published
 * signIns example has one), and a page, an array or a single entity at the top.
 */
final class Json {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private Json() {
    }

    /** Parses an entry, leniently; a parse error names the entry, line and column. */
    static JsonNode parse(ExportInput input, String entry) {
        try (JsonParser parser = LENIENT.createParser(input.text(entry))) {
            JsonNode node = LENIENT.readTree(parser);
            if (node == null) {
                throw new ConnectorException(input.describe(entry), null, null, "empty file");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConnectorException(input.describe(entry), null, null, "not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ConnectorException(input.describe(entry), null, null, "cannot read: " + e.getMessage());
        }
    }

    /** The records of a file: a page's {@code value}, a top-level array, or the single object itself. */
    static List<JsonNode> items(JsonNode root) {
        JsonNode value = get(root, "value");
        JsonNode list = value != null && value.isArray() ? value : root;
        List<JsonNode> items = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(items::add);
        } else if (list.isObject()) {
            items.add(list);
        }
        return items;
    }

    /** A field by name, exact first, then ignoring case; null when absent or JSON null. */
    static JsonNode get(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact.isNull() ? null : exact;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().isNull() ? null : field.getValue();
            }
        }
        return null;
    }

    /** A nested field: {@code path("conditions", "users", "includeUsers")}. */
    static JsonNode path(JsonNode node, String... names) {
        JsonNode current = node;
        for (String name : names) {
            current = get(current, name);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Text of a field; null when absent, JSON null or blank. */
    static String text(JsonNode node, String... path) {
        JsonNode value = path(node, path);
        if (value == null || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text.strip();
    }

    /** A boolean field; null when absent (unknown). Accepts {@code "true"} and {@code "false"} strings. */
    static Boolean bool(JsonNode node, String... path) {
        JsonNode value = path(node, path);
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText().strip().toLowerCase();
        return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
    }

    /** The strings of an array field (a single string counts as one; comma lists stay whole); empty when absent. */
    static List<String> strings(JsonNode node, String... path) {
        JsonNode value = path(node, path);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (item != null && item.isValueNode() && !item.asText().isBlank()) {
                    out.add(item.asText().strip());
                }
            }
        } else if (value.isValueNode() && !value.asText().isBlank()) {
            out.add(value.asText().strip());
        }
        return out;
    }

    /** The objects of an array field; empty when absent. */
    static List<JsonNode> objects(JsonNode node, String... path) {
        JsonNode value = path(node, path);
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item.isObject()) {
                    out.add(item);
                }
            });
        }
        return out;
    }
}
