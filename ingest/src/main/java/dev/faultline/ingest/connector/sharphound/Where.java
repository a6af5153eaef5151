package dev.faultline.ingest.connector.sharphound;

import dev.faultline.ingest.connector.ConnectorException;

/**
 * Where in an export a value was read: the file (with its entry) and the record, so that every
 * error names both.
 *
 * @param file   the export file, as {@code ExportInput.describe} names it
 * @param record the record, e.g. {@code data[12] (ObjectIdentifier S-1-5-21-...)}; null for the whole file
 */
record Where(String file, String record) {

    ConnectorException error(String field, String reason) {
        return new ConnectorException(file, record, field, reason);
    }
}
