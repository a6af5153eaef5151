package dev.faultline.ingest.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param outDir        the bundle directory
 * @param rowsPerFile   data rows per CSV file, in the order of the bundle format
 * @param relationships relationships the bundle will create once loaded: one per row of a
 *                      relationship file plus one per reference of an entity file ({@code IN_TENANT},
 *                      {@code HAS_CREDENTIAL}, an exception's policy, subject, owner...)
 * @param elapsed       wall-clock time of the generation
 */
public record GenerationSummary(Path outDir, Map<String, Long> rowsPerFile, long relationships,
                                Duration elapsed) {

    /** Copies the counts, keeping their order. */
    public GenerationSummary {
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
    }

    /** Data rows over all CSV files. */
    public long totalRows() {
        return rowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Data rows of one file, 0 when it was not written. */
    public long rows(String file) {
        return rowsPerFile.getOrDefault(file, 0L);
    }
}
