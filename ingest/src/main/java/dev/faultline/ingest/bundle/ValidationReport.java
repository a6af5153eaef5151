package dev.faultline.ingest.bundle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of validating a bundle. Nothing may be written unless {@link #isValid()}.
 *
 * @param errors       the errors found, by file then line; all of them unless there are more than
 *                     the validator lists (see {@link #errorCount()})
 * @param errorCounts  how many errors each file has of each category, all of them counted
 * @param rowsPerFile  the rows (header and blank lines excluded) of each file present, in schema order
 * @param tenantScopes the tenants the rows belong to, plus the organizations of organization and
 *                     business-unit rows: where stale data of this source may be removed
 */
public record ValidationReport(List<ValidationError> errors, List<ErrorCount> errorCounts,
                               Map<String, Long> rowsPerFile, Set<String> tenantScopes) {

    /**
     * The number of errors of one category in one file.
     *
     * @param file   the file
     * @param reason the category: {@code unknown reference}, {@code bad value}...
     * @param count  how many
     */
    public record ErrorCount(String file, String reason, long count) {
    }

    public ValidationReport {
        errors = List.copyOf(errors);
        errorCounts = List.copyOf(errorCounts);
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
        tenantScopes = Collections.unmodifiableSet(new TreeSet<>(tenantScopes));
    }

    /** Whether the bundle has no error at all. */
    public boolean isValid() {
        return errorCount() == 0;
    }

    /** The number of errors, including any beyond those listed. */
    public long errorCount() {
        return errorCounts.stream().mapToLong(ErrorCount::count).sum();
    }

    /** The rows of all files. */
    public long totalRows() {
        return rowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The errors as text, one a line ({@code file:line: column 'x' value 'v': reason}), at most
     * {@code limit} of them, then how many remain by file and reason.
     */
    public String render(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, was " + limit);
        }
        if (isValid()) {
            return "no errors: " + totalRows() + " rows in " + rowsPerFile.size() + " files\n";
        }
        StringBuilder text = new StringBuilder();
        List<ValidationError> shown = errors.subList(0, Math.min(limit, errors.size()));
        shown.forEach(error -> text.append(error.render()).append('\n'));
        long remaining = errorCount() - shown.size();
        if (remaining > 0) {
            text.append(shown.isEmpty() ? "" : "and ").append(remaining)
                    .append(shown.isEmpty() ? " errors:\n" : " more errors:\n");
            for (ErrorCount count : errorCounts) {
                long left = count.count() - shown.stream().filter(e -> e.file().equals(count.file())
                        && e.category().equals(count.reason())).count();
                if (left > 0) {
                    text.append("  ").append(count.file()).append(": ").append(left).append(' ')
                            .append(count.reason()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
