package dev.faultline.ingest.connector.aws;

import dev.faultline.ingest.connector.ConnectorException;

/**
 * Where a value was read: the export file (with its entry) and the record, so that an error can
 * name the file, the record and the field.
 *
 * @param file   as {@link dev.faultline.ingest.connector.ExportInput#describe(String)} names it
 * @param record e.g. {@code RoleDetailList[3] (RoleName admin)} or {@code line 4 (user alice)}; null for the whole file
 */
record Where(String file, String record) {

    Where in(String otherRecord) {
        return new Where(file, otherRecord);
    }

    ConnectorException fail(String field, String reason) {
        return new ConnectorException(file, record, field, reason);
    }
}
