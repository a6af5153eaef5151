package dev.faultline.ingest.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a file's header against its spec: unknown, repeated and missing columns. */
final class HeaderCheck {

    private HeaderCheck() {
    }

    /** Every problem with the header of {@code spec}'s file; empty when there is none. */
    static List<ValidationError> check(FileSpec spec, List<String> header, long headerLine) {
        String file = spec.fileName();
        if (header.isEmpty()) {
            return List.of(new ValidationError(file, 0, null, null,
                    Reasons.MALFORMED_CSV + ": the file is empty; its first line must be the header"));
        }
        List<ValidationError> errors = new ArrayList<>();
        List<String> known = spec.columnNames();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                errors.add(new ValidationError(file, headerLine, name, null,
                        Reasons.MALFORMED_CSV + ": the column appears twice in the header"));
            } else if (!known.contains(name)) {
                errors.add(new ValidationError(file, headerLine, name, null, unknownColumn(spec, name)));
            }
        }
        for (ColumnSpec column : spec.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                errors.add(new ValidationError(file, headerLine, column.name(), null,
                        Reasons.MISSING_COLUMN + ": " + file + " requires it"));
            }
        }
        return errors;
    }

    private static String unknownColumn(FileSpec spec, String name) {
        return Names.closest(name, spec.columnNames())
                .map(suggestion -> Reasons.UNKNOWN_COLUMN + ": did you mean '" + suggestion + "'?")
                .orElse(Reasons.UNKNOWN_COLUMN + ": " + spec.fileName() + " has the columns "
                        + String.join(", ", spec.columnNames()));
    }
}
