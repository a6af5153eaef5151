package dev.faultline.ingest.bundle;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The first pass over one file: header, cells, keys, references to keys already defined, repeated
 * relationship rows and tenant scopes. References to keys not defined yet are deferred.
 */
final class FileValidation {

    private final FileSpec spec;
    private final String file;
    private final int fileIndex;
    private final ValidationState state;
    private final List<ColumnSpec> references;
    private final int[] referenceMasks;
    private final List<String> requiredIdentifying;
    private final RowHashTable rowHashes;
    private long rows;

    FileValidation(FileSpec spec, int fileIndex, ValidationState state) {
        this.spec = spec;
        this.file = spec.fileName();
        this.fileIndex = fileIndex;
        this.state = state;
        this.references = spec.columns().stream().filter(column -> column.type() == ColumnType.REF).toList();
        this.referenceMasks = references.stream().mapToInt(ColumnSpec::referenceMask).toArray();
        this.requiredIdentifying = spec.identifyingColumns().stream()
                .filter(name -> spec.column(name).orElseThrow().required()).toList();
        this.rowHashes = spec.keyColumn().isEmpty() ? new RowHashTable() : null;
    }

    /** Reads the whole file, reporting every error to the state; returns the number of rows read. */
    long run(Bundle bundle) {
        try (CsvRows csv = CsvRows.open(bundle.reader(file))) {
            HeaderCheck.check(spec, csv.header(), csv.headerLine()).forEach(state.errors());
            if (csv.header().isEmpty()) {
                return 0;
            }
            RowConverter converter = RowConverter.forHeader(spec, csv.header());
            while (csv.next()) {
                rows++;
                check(csv.record(), csv.line(), converter, csv.header().size());
            }
        } catch (MalformedCsvException e) {
            state.errors().accept(new ValidationError(file, e.line(), null, null, e.reason()));
        } catch (IOException e) {
            throw new BundleException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private void check(CSVRecord record, long line, RowConverter converter, int headerSize) {
        if (record.size() > headerSize) {
            state.errors().accept(new ValidationError(file, line, null, null, Reasons.MALFORMED_CSV + ": the row has "
                    + record.size() + " cells but the header has " + headerSize + " columns"));
            return;
        }
        Map<String, Object> row = converter.convert(record, line, state.errors());
        spec.keyColumn().ifPresent(column -> checkKey(column, row, line));
        checkReferences(row, line);
        if (rowHashes != null) {
            checkRepeatedRow(row, line);
        }
        spec.scopeColumn().map(row::get).ifPresent(scope -> state.scopes().add((String) scope));
    }

    private void checkKey(String column, Map<String, Object> row, long line) {
        String key = (String) row.get(column);
        if (key == null) {
            return;
        }
        long earlier = state.keys().define(key, spec.entityType().orElseThrow(), fileIndex, line);
        if (earlier != BundleKeys.ABSENT) {
            String where = BundleSchema.files().get(BundleKeys.fileIndex(earlier)).fileName() + ":"
                    + BundleKeys.line(earlier);
            state.errors().accept(new ValidationError(file, line, column, key, Reasons.DUPLICATE_KEY
                    + ": already the id of " + BundleKeys.type(earlier).withArticle() + " at " + where));
        }
    }

    private void checkReferences(Map<String, Object> row, long line) {
        for (int i = 0; i < references.size(); i++) {
            ColumnSpec column = references.get(i);
            String key = (String) row.get(column.name());
            if (key == null) {
                continue;
            }
            long definition = state.keys().find(key);
            if (definition == BundleKeys.ABSENT) {
                state.references().defer(key, referenceMasks[i], fileIndex);
                continue;
            }
            EntityType type = BundleKeys.type(definition);
            if ((referenceMasks[i] & type.bit()) == 0) {
                state.errors().accept(new ValidationError(file, line, column.name(), key,
                        Reasons.wrongType(type, column.referenceTypes())));
            }
        }
    }

    private void checkRepeatedRow(Map<String, Object> row, long line) {
        for (String column : requiredIdentifying) {
            if (row.get(column) == null) {
                return;
            }
        }
        int first = rowHashes.putIfAbsent(RowHashTable.hash(row, spec.identifyingColumns()),
                (int) Math.min(line, Integer.MAX_VALUE));
        if (first != RowHashTable.ABSENT) {
            state.errors().accept(new ValidationError(file, line, null, null, Reasons.DUPLICATE_KEY
                    + ": the row repeats line " + first + " (same " + describe(spec.identifyingColumns()) + ")"));
        }
    }

    private static String describe(List<String> columns) {
        if (columns.size() == 1) {
            return columns.get(0);
        }
        return String.join(", ", columns.subList(0, columns.size() - 1)) + " and " + columns.get(columns.size() - 1);
    }
}
