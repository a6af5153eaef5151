package dev.faultline.ingest.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;

/**
 * The second pass, over only the files where a deferred reference failed: finds the lines of
 * those references and reports each as an unknown reference or a wrong reference type.
 */
final class ReferenceRescan {

    private final Bundle bundle;
    private final ValidationState state;
    private final Map<String, ReferenceResolver.Resolved> failing;

    ReferenceRescan(Bundle bundle, ValidationState state, Map<String, ReferenceResolver.Resolved> failing) {
        this.bundle = bundle;
        this.state = state;
        this.failing = failing;
    }

    /** Rereads the files whose index is set in {@code fileMask}. */
    void run(int fileMask) {
        List<FileSpec> files = BundleSchema.files();
        for (int index = 0; index < files.size(); index++) {
            if ((fileMask & (1 << index)) != 0) {
                reread(files.get(index), index);
            }
        }
    }

    private void reread(FileSpec spec, int fileIndex) {
        try (CsvRows csv = CsvRows.open(bundle.reader(spec.fileName()))) {
            List<ColumnSpec> columns = new ArrayList<>();
            List<Integer> cells = new ArrayList<>();
            for (ColumnSpec column : spec.columns()) {
                int cell = csv.header().indexOf(column.name());
                if (column.type() == ColumnType.REF && cell >= 0) {
                    columns.add(column);
                    cells.add(cell);
                }
            }
            while (csv.next()) {
                CSVRecord record = csv.record();
                if (record.size() > csv.header().size()) {
                    continue;
                }
                for (int i = 0; i < columns.size(); i++) {
                    int cell = cells.get(i);
                    if (cell < record.size()) {
                        check(spec, fileIndex, csv.line(), columns.get(i), record.get(cell));
                    }
                }
            }
        } catch (MalformedCsvException e) {
            // reported by the first pass, which stopped at the same place
        } catch (IOException e) {
            throw new BundleException("cannot read " + spec.fileName() + ": " + e.getMessage(), e);
        }
    }

    private void check(FileSpec spec, int fileIndex, long line, ColumnSpec column, String key) {
        ReferenceResolver.Resolved resolved = failing.get(key);
        if (resolved == null || state.keys().definedBefore(key, fileIndex, line)) {
            return;
        }
        String reason;
        if (resolved.unknown()) {
            reason = Reasons.unknownReference(column.referenceTypes());
        } else if (resolved.type().isEmpty()) {
            reason = Reasons.wrongTypeInDatabase(new TreeSet<>(resolved.labels()), column.referenceTypes());
        } else if (!column.referenceTypes().contains(resolved.type().get())) {
            reason = Reasons.wrongType(resolved.type().get(), column.referenceTypes());
        } else {
            return;
        }
        state.errors().accept(new ValidationError(spec.fileName(), line, column.name(), key, reason));
    }
}
