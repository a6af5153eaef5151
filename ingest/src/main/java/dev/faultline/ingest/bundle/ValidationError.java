package dev.faultline.ingest.bundle;

import java.util.Objects;

/**
 * One problem found in a bundle.
 *
 * @param file   the file's name in the bundle, e.g. {@code identities.csv} or {@code manifest.json}
 * @param line   the physical line in the file, the header being line 1 (a quoted cell spanning
 *               lines counts them all); 0 when the problem is with the file as a whole
 * @param column the column (or manifest field) concerned; null when none is
 * @param value  the offending value as written; {@code ""} for an empty cell; null when none applies
 * @param reason what is wrong, starting with its category: {@code bad value: expected ...}
 */
public record ValidationError(String file, long line, String column, String value, String reason) {

    private static final int MAX_VALUE_LENGTH = 80;

    public ValidationError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, was " + line);
        }
    }

    /** The category of the reason, as listed in the format document: {@code unknown reference}... */
    public String category() {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    /** {@code file:line: column 'x' value 'v': reason}, leaving out what does not apply. */
    public String render() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append("column '").append(column).append("' ");
        }
        if (value != null) {
            text.append("value '").append(shorten(value)).append("' ");
        }
        if (column != null || value != null) {
            text.setLength(text.length() - 1);
            text.append(": ");
        }
        return text.append(reason).toString();
    }

    private static String shorten(String value) {
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= MAX_VALUE_LENGTH ? oneLine : oneLine.substring(0, MAX_VALUE_LENGTH) + "...";
    }
}
