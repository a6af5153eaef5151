package dev.faultline.ingest.connector;

/**
 * An export that a connector cannot read: names the file (and entry), the record and the field.
 * Nothing is written when a connector throws it.
 */
public final class ConnectorException extends RuntimeException {

    private final String file;
    private final String record;
    private final String field;
    private final String reason;

    /**
     * @param file   the export file, with {@code !entry} inside a directory or zip
     * @param record which record, e.g. {@code value[12] (id 5f3c...)}; null when the whole file is bad
     * @param field  the JSON path or column, e.g. {@code conditions.users.includeUsers}; null when not one field
     * @param reason what is wrong, and with what value
     */
    public ConnectorException(String file, String record, String field, String reason) {
        super(file + (record == null ? "" : ": " + record) + (field == null ? "" : ": field '" + field + "'") + ": " + reason);
        this.file = file;
        this.record = record;
        this.field = field;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String record() {
        return record;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
