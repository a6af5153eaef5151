package dev.faultline.ingest.connector.entra;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.ingest.connector.ConnectorException;

/**
 * Dates as Graph and PowerShell write them: ISO-8601 with or without offset (no offset is UTC),
 * {@code /Date(ms)/} (also escaped {@code \/Date(ms)\/}), Log Analytics' {@code 2023-07-26 22:58:30.98}.
 * "Never" ({@code 0001-01-01T00:00:00Z}, an empty string, any year before 1900, {@code /Date(0)/} or
 * negative, {@code N/A}, {@code no_information}, {@code -1}, {@code 0}) is null: unknown.
 */
final class GraphDates {

    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)");

    private static final java.util.Set<String> NEVER = java.util.Set.of("n/a", "no_information", "never", "-1", "0");

    private GraphDates() {
    }

    /**
     * @return the instant in UTC, or null for "never" and empty values
     * @throws IllegalArgumentException when the text is no date this class knows
     */
    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (NEVER.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        Matcher ms = MS_DATE.matcher(value);
        OffsetDateTime parsed;
        if (ms.find()) {
            long millis = Long.parseLong(ms.group(1));
            if (millis <= 0) {
                return null;
            }
            parsed = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
        } else {
            parsed = iso(value);
        }
        return parsed.getYear() < 1900 ? null : parsed.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A date field of a record; a bad value becomes a {@link ConnectorException} naming file, record and field. */
    static OffsetDateTime field(JsonNode item, String field, String file, String record) {
        try {
            return parse(Json.text(item, field.split("\\.")));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(file, record, field, e.getMessage());
        }
    }

    private static OffsetDateTime iso(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDateTime.parse(value.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notSpaced) {
                    try {
                        return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
                    } catch (DateTimeParseException notDate) {
                        throw new IllegalArgumentException("not a date: '" + value + "'");
                    }
                }
            }
        }
    }
}
