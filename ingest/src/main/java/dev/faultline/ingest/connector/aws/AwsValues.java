package dev.faultline.ingest.connector.aws;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the values of AWS exports: dates (ISO-8601, with a {@code T} or the space of Python
 * dumps), the credential report's "never" words, booleans, and JSON fields that must be present.
 */
final class AwsValues {

    /** What the credential report writes for a date or flag that has no value. */
    private static final Set<String> NEVER = Set.of("", "n/a", "no_information", "not_supported");

    private AwsValues() {
    }

    static boolean never(String raw) {
        return raw == null || NEVER.contains(raw.strip().toLowerCase(Locale.ROOT));
    }

    /** A date-time in UTC; null for the "never" words. */
    static OffsetDateTime dateTime(String raw, Where where, String field) {
        if (never(raw)) {
            return null;
        }
        String text = raw.strip().replaceFirst(" ", "T");
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw where.fail(field, "not a date: '" + raw + "'");
                }
            }
        }
    }

    /** {@code true} or {@code false}; null for the "never" words. */
    static Boolean bool(String raw, Where where, String field) {
        if (never(raw)) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw where.fail(field, "expected true or false, got '" + raw + "'");
        };
    }

    /** A string field that must be there and not blank. */
    static String text(JsonNode object, String field, Where where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw where.fail(field, "missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw where.fail(field, "expected a non-empty string, got " + value);
        }
        return value.asText();
    }

    /** A string field that may be absent or null. */
    static String optionalText(JsonNode object, String field, Where where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw where.fail(field, "expected a string, got " + value);
        }
        return value.asText();
    }

    /** The elements of an array field; empty when absent or null. */
    static List<JsonNode> array(JsonNode object, String field, Where where) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw where.fail(field, "expected an array, got " + abbreviate(value));
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** A policy element that is one string or an array of strings ({@code Action}, {@code Resource}, principals). */
    static List<String> strings(JsonNode value, Where where, String field) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw where.fail(field, "expected a string or an array of strings, got " + abbreviate(value));
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw where.fail(field, "expected strings in the array, got " + abbreviate(element));
            }
            values.add(element.asText());
        }
        return values;
    }

    static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
