package dev.faultline.app.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an upload's load stands: the phase (reading, validating, writing nodes, writing
 * relationships, removing stale data, resolving identities across tenants), the rows of the phase
 * written so far, and how it ended.
 *
 * @param fileName    the uploaded file's name
 * @param phase       the current (or last) phase; null before the first
 * @param source      what the phase works on: the input, or the bundle's source
 * @param currentFile the bundle file being written; null outside the writing phases
 * @param done        rows of the phase written
 * @param total       rows of the phase; null while not known (reading, validating)
 * @param finishedAt  null while it runs
 * @param runs        the ingest runs it recorded, when it succeeded
 * @param failure     why it failed; null unless it did
 * @param phases      every phase so far, in order, with the progress reports it had
 * @param links       identities linked across tenants, by rule
 */
public record IngestJobState(String id, String fileName, Status status, String phase, String source,
        String currentFile, long done, Long total, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        List<LoadedRun> runs, IngestFailure failure, List<PhaseProgress> phases, Map<String, Long> links) {

    /** How a job stands. */
    public enum Status {
        RUNNING, SUCCEEDED, FAILED;

        /** {@code running}, {@code succeeded}, {@code failed}: the words of the ingest runs' status. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One ingest run the job recorded.
     *
     * @param rows rows loaded over all files
     */
    public record LoadedRun(String runId, String source, long rows, long nodesCreated, long relationshipsCreated,
            List<String> tenants) {

        public LoadedRun {
            tenants = List.copyOf(tenants);
        }
    }

    /**
     * One phase.
     *
     * @param updates how many progress reports it had (one a batch of rows written)
     * @param done    rows written at the last report
     * @param total   rows of the phase; null when it reported none
     */
    public record PhaseProgress(String name, String source, long updates, long done, Long total) {
    }

    public IngestJobState {
        runs = List.copyOf(runs);
        phases = List.copyOf(phases);
        links = Map.copyOf(links);
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** Percent of the phase written, 0 to 100; null while the total is not known. */
    public Integer percent() {
        if (total == null) {
            return null;
        }
        return total == 0 ? 100 : (int) Math.min(100, 100 * done / total);
    }

    /** Rows loaded over all runs, when it succeeded. */
    public long rowsLoaded() {
        return runs.stream().mapToLong(LoadedRun::rows).sum();
    }
}
