package dev.faultline.ingest.connector.sharphound;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed reads of JSON fields that name the file, record and field when a value is missing or of
 * the wrong type. {@code path} is the field's path in the record, e.g. {@code Properties.enabled}.
 */
final class Fields {

    private Fields() {
    }

    static JsonNode object(JsonNode node, String name, String path, Where where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw where.error(path, "missing required object");
        }
        if (!value.isObject()) {
            throw where.error(path, "expected an object, found " + describe(value));
        }
        return value;
    }

    static String requiredText(JsonNode node, String name, String path, Where where) {
        String value = text(node, name, path, where);
        if (value == null || value.isBlank()) {
            throw where.error(path, "missing required value");
        }
        return value;
    }

    /** A string, or null when absent or JSON null. */
    static String text(JsonNode node, String name, String path, Where where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw where.error(path, "expected a string, found " + describe(value));
        }
        return value.asText();
    }

    /** A boolean, or null when absent or JSON null. */
    static Boolean bool(JsonNode node, String name, String path, Where where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw where.error(path, "expected true or false, found " + describe(value));
        }
        return value.booleanValue();
    }

    /** An epoch-seconds timestamp; null when absent, JSON null, 0 or negative (SharpHound's "never"). */
    static OffsetDateTime epochSeconds(JsonNode node, String name, String path, Where where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw where.error(path, "expected epoch seconds, found " + describe(value));
        }
        long seconds = value.longValue();
        return seconds <= 0 ? null : OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
    }

    /** The elements of an array; empty when absent or JSON null. */
    static List<JsonNode> array(JsonNode node, String name, String path, Where where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw where.error(path, "expected an array, found " + describe(value));
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return elements;
    }

    static String describe(JsonNode value) {
        String text = value.toString();
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return value.getNodeType().name().toLowerCase() + " " + shown;
    }
}
