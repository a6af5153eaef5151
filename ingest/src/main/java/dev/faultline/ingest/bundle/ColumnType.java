package dev.faultline.ingest.bundle;

/** How a cell of a bundle column is read; see "CSV conventions" in {@code docs/bundle-format.md}. */
public enum ColumnType {
    /** Free text, kept as written. */
    TEXT,
    /** A stable key: up to 512 characters, no leading or trailing space. */
    KEY,
    /** {@code true}/{@code false}, also {@code yes}/{@code no} and {@code 1}/{@code 0}, any case. */
    BOOL,
    /** {@code YYYY-MM-DD}, read as a {@link java.time.LocalDate}. */
    DATE,
    /** ISO-8601 with offset, or a date read as midnight UTC; an {@link java.time.OffsetDateTime}. */
    DATETIME,
    /** A whole number of at least 0, read as a {@link Long}. */
    INT,
    /** A number between 0 and 1, read as a {@link Double}. */
    DECIMAL,
    /** One of the column's allowed values, any case, stored lower case. */
    ENUM,
    /** Values separated by {@code ;}, each trimmed; lower-cased and checked when values are listed. */
    LIST,
    /**
     * A JSON object whose values are scalars (string, number, boolean, null) or arrays of scalars;
     * kept as the text written.
     */
    JSON,
    /** The key of an entity of one of the column's reference types, in the bundle or the database. */
    REF
}
