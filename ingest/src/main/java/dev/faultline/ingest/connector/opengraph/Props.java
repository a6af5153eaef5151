package dev.faultline.ingest.connector.opengraph;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.ingest.connector.ConnectorException;

/**
 * Typed reads of OpenGraph node properties. Names are matched without case: the spec asks for
 * lower-case names but collectors write {@code tenantId} as well as {@code tenantid}.
 */
final class Props {

    private Props() {
    }

    /** The first of the named properties that is present and not null, with the name as written. */
    static Optional<Map.Entry<String, JsonNode>> find(ObjectNode properties, String... names) {
        for (String name : names) {
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equalsIgnoreCase(name) && !field.getValue().isNull()
                        && !(field.getValue().isTextual() && field.getValue().asText().isBlank())) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    static String text(ObjectNode properties, String... names) {
        return find(properties, names).filter(f -> f.getValue().isValueNode())
                .map(f -> f.getValue().asText().strip()).orElse(null);
    }

    static Boolean bool(ObjectNode properties, String... names) {
        return find(properties, names).map(f -> f.getValue())
                .filter(v -> v.isBoolean() || v.isTextual() && v.asText().matches("(?i)true|false"))
                .map(v -> v.isBoolean() ? v.booleanValue() : Boolean.parseBoolean(v.asText())).orElse(null);
    }

    static boolean isTrue(ObjectNode properties, String... names) {
        return Boolean.TRUE.equals(bool(properties, names));
    }

    /**
     * A date: ISO-8601 text (with offset, or a date read as midnight UTC) or epoch seconds as
     * SharpHound writes them; {@code 0}, negative numbers and {@code 0001-01-01} mean never (null).
     */
    static OffsetDateTime date(OgNode node, String... names) {
        Optional<Map.Entry<String, JsonNode>> found = find(node.properties(), names);
        if (found.isEmpty()) {
            return null;
        }
        JsonNode value = found.get().getValue();
        if (value.isNumber()) {
            long seconds = value.asLong();
            return seconds <= 0 ? null : OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        }
        String text = value.asText().strip();
        try {
            OffsetDateTime parsed = text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text);
            return parsed.getYear() <= 1601 ? null : parsed;
        } catch (DateTimeParseException e) {
            throw new ConnectorException(node.file(), node.record(), "properties." + found.get().getKey(),
                    "not a date: '" + text + "' (ISO-8601 or epoch seconds)");
        }
    }
}
