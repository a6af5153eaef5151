package dev.faultline.app.ingest;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.load.IngestException;
import dev.faultline.ingest.load.InvalidBundleException;

/**
 * Why an ingest failed, worded as the ingest module reports it (file, line or record, column or
 * field, reason), for the command's standard error and the Ingest page alike.
 *
 * @param lines  the report, one line each
 * @param effect what the failure left in the database
 */
public record IngestFailure(List<String> lines, Effect effect) {

    /** The most errors listed per invalid bundle; the rest are counted by file and reason. */
    public static final int MAX_ERRORS = 500;

    /** What a failed ingest left in the database. */
    public enum Effect {
        /** The input was at fault (invalid bundle, unreadable export, missing file): read and validated first, nothing written. */
        NOTHING_WRITTEN,
        /** Writing failed: the ingest run is recorded as failed, nothing was deleted. */
        RUN_FAILED,
        /** Anything else (the database, say): what was loaded before stays, nothing was deleted. */
        STOPPED;

        /** {@code nothing-written}, {@code run-failed}, {@code stopped}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public IngestFailure {
        lines = List.copyOf(lines);
    }

    /** Words the failure of an ingest. */
    public static IngestFailure of(Throwable error) {
        if (error instanceof InvalidBundleException invalid) {
            List<String> lines = new ArrayList<>();
            invalid.reports().forEach((path, report) -> {
                lines.add("Invalid bundle " + path + ": " + report.errors().size() + " error(s)");
                report.render(MAX_ERRORS).lines().forEach(lines::add);
            });
            return new IngestFailure(lines, Effect.NOTHING_WRITTEN);
        }
        if (error instanceof ConnectorException) {
            return new IngestFailure(List.of("cannot read " + error.getMessage()), Effect.NOTHING_WRITTEN);
        }
        if (error instanceof IllegalArgumentException) {
            return new IngestFailure(List.of(error.getMessage()), Effect.NOTHING_WRITTEN);
        }
        return new IngestFailure(List.of(rootMessage(error)), error instanceof IngestException ? Effect.RUN_FAILED : Effect.STOPPED);
    }

    /** Whether the ingest stopped before writing anything. */
    public boolean nothingWritten() {
        return effect == Effect.NOTHING_WRITTEN;
    }

    /**
     * The same failure with the directory {@code dir} left out of file names: an upload's
     * temporary directory says nothing to the one who uploaded it.
     */
    public IngestFailure relativeTo(Path dir) {
        String prefix = dir.toAbsolutePath() + File.separator;
        return new IngestFailure(lines.stream().map(line -> line.replace(prefix, "")).toList(), effect);
    }

    /** The lines as one text. */
    public String text() {
        return String.join("\n", lines);
    }

    /** The first message down the chain of causes; the exception's type when none has one. */
    static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
