package dev.faultline.ingest.bundle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Reads one non-blank cell into its typed value, with plain character checks rather than regexes. */
final class CellConverter {

    static final int MAX_KEY_LENGTH = 512;

    private CellConverter() {
    }

    /**
     * The typed value of a non-blank cell.
     *
     * @return the value; null when the cell holds nothing (a list of only separators); a
     *         {@link CellError} when the text is not valid for the column
     */
    static Object convert(ColumnSpec column, String raw) {
        return switch (column.type()) {
            case TEXT -> raw;
            case KEY, REF -> key(raw);
            case BOOL -> bool(raw);
            case DATE -> orError(parseDate(raw.trim()), raw, "expected a date YYYY-MM-DD");
            case DATETIME -> orError(parseDateTime(raw.trim()), raw,
                    "expected a date-time with offset such as 2026-03-01T08:00:00Z, or a date YYYY-MM-DD");
            case INT -> orError(parseWholeNumber(raw.trim()), raw, "expected a whole number of 0 or more");
            case DECIMAL -> orError(parseFraction(raw.trim()), raw, "expected a number between 0 and 1");
            case ENUM -> enumValue(column, raw.trim(), raw);
            case LIST -> list(column, raw);
            case JSON -> FlatJson.check(raw);
        };
    }

    static Object key(String raw) {
        if (raw.length() > MAX_KEY_LENGTH) {
            return new CellError(raw, Reasons.BAD_VALUE + ": an id is at most " + MAX_KEY_LENGTH + " characters");
        }
        if (Character.isWhitespace(raw.charAt(0)) || Character.isWhitespace(raw.charAt(raw.length() - 1))) {
            return new CellError(raw, Reasons.BAD_VALUE + ": an id must not start or end with a space");
        }
        return raw;
    }

    static Object bool(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> new CellError(raw, Reasons.BAD_VALUE + ": expected true or false (or yes/no, 1/0)");
        };
    }

    static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** An ISO-8601 date-time with offset, or a date read as midnight UTC; null when neither. */
    static OffsetDateTime parseDateTime(String text) {
        if (text.length() == 10) {
            LocalDate date = parseDate(text);
            return date == null ? null : date.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        OffsetDateTime fast = parseUtcSeconds(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The common {@code 2026-03-01T08:00:00Z} without the cost of the general parser. */
    private static OffsetDateTime parseUtcSeconds(String text) {
        if (text.length() != 20 || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        LocalDate date = parseDate(text.substring(0, 10));
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (date == null || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return date.atTime(hour, minute, second).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static Long parseWholeNumber(String text) {
        if (text.isEmpty() || text.length() > 18 || !allDigits(text)) {
            return null;
        }
        return Long.parseLong(text);
    }

    static Double parseFraction(String text) {
        int dots = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return null;
            }
        }
        if (digits == 0 || dots > 1) {
            return null;
        }
        double value = Double.parseDouble(text);
        return value <= 1.0 ? value : null;
    }

    private static Object enumValue(ColumnSpec column, String trimmed, String raw) {
        String value = trimmed.toLowerCase(Locale.ROOT);
        if (column.allowedValues().contains(value)) {
            return value;
        }
        return new CellError(raw, Reasons.UNKNOWN_ENUM_VALUE + ": expected one of "
                + String.join(", ", column.allowedValues()));
    }

    private static Object list(ColumnSpec column, String raw) {
        List<String> values = new ArrayList<>();
        for (String part : raw.split(";")) {
            String element = part.trim();
            if (element.isEmpty()) {
                continue;
            }
            if (column.allowedValues().isEmpty()) {
                values.add(element);
                continue;
            }
            Object value = enumValue(column, element, element);
            if (value instanceof CellError) {
                return value;
            }
            values.add((String) value);
        }
        return values.isEmpty() ? null : Collections.unmodifiableList(values);
    }

    private static Object orError(Object value, String raw, String expected) {
        return value != null ? value : new CellError(raw, Reasons.BAD_VALUE + ": " + expected);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number written by the digits in [from, to); -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
