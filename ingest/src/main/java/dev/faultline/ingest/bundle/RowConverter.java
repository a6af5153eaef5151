package dev.faultline.ingest.bundle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the records of one file into typed rows keyed by column name, for one header layout.
 * Every column of the spec is in the row (null when unknown) so that {@code SET n.x = row.x}
 * removes a value a previous run set. Not thread-safe: one converter per file being read.
 */
final class RowConverter {

    private final FileSpec spec;
    private final ColumnSpec[] columns;
    private final int[] cellIndex;
    private final Object[] defaults;
    private final boolean[] invalid;
    private final int acquired;
    private final int acquisitionDate;

    private RowConverter(FileSpec spec, List<String> header) {
        this.spec = spec;
        this.columns = spec.columns().toArray(ColumnSpec[]::new);
        this.cellIndex = new int[columns.length];
        this.defaults = new Object[columns.length];
        this.invalid = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            ColumnSpec column = columns[i];
            cellIndex[i] = header.indexOf(column.name());
            defaults[i] = column.defaultValue().map(text -> CellConverter.convert(column, text)).orElse(null);
        }
        List<String> names = spec.columnNames();
        this.acquired = spec.entityType().orElse(null) == EntityType.TENANT ? names.indexOf("acquired") : -1;
        this.acquisitionDate = names.indexOf("acquisition_date");
    }

    /** A converter for {@code spec}'s file whose header holds the (normalized) column names given. */
    static RowConverter forHeader(FileSpec spec, List<String> header) {
        return new RowConverter(spec, header);
    }

    /**
     * Converts one record. Cells beyond the header are ignored. Each unreadable or missing value
     * is passed to {@code errors} and left null in the row.
     */
    Map<String, Object> convert(CSVRecord record, long line, Consumer<ValidationError> errors) {
        Map<String, Object> row = new HashMap<>(columns.length * 2 + 4);
        for (int i = 0; i < columns.length; i++) {
            row.put(columns[i].name(), cell(i, record, line, errors));
        }
        checkAcquisitionDate(row, line, errors);
        Derivations.apply(spec, row);
        return row;
    }

    private Object cell(int i, CSVRecord record, long line, Consumer<ValidationError> errors) {
        invalid[i] = false;
        int index = cellIndex[i];
        String raw = index >= 0 && index < record.size() ? record.get(index) : null;
        Object value = raw == null || raw.isBlank() ? null : CellConverter.convert(columns[i], raw);
        if (value instanceof CellError error) {
            invalid[i] = true;
            errors.accept(new ValidationError(spec.fileName(), line, columns[i].name(), error.value(), error.reason()));
            return null;
        }
        if (value != null) {
            return value;
        }
        if (columns[i].required() && index >= 0) {
            invalid[i] = true;
            errors.accept(new ValidationError(spec.fileName(), line, columns[i].name(), raw == null ? "" : raw,
                    Reasons.MISSING_VALUE + ": the column is required"));
        }
        return defaults[i];
    }

    private void checkAcquisitionDate(Map<String, Object> row, long line, Consumer<ValidationError> errors) {
        if (acquired >= 0 && Boolean.TRUE.equals(row.get("acquired")) && row.get("acquisition_date") == null
                && !invalid[acquisitionDate]) {
            errors.accept(new ValidationError(spec.fileName(), line, "acquisition_date", "",
                    Reasons.MISSING_VALUE + ": required when acquired is true"));
        }
    }
}
