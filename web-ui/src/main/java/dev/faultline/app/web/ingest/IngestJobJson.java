package dev.faultline.app.web.ingest;

import java.time.OffsetDateTime;
import java.util.List;

import dev.faultline.app.ingest.IngestJobState;

/**
 * An upload's job as {@code GET /api/ingest/jobs/{id}} answers it: times as ISO-8601 text, the
 * status in the words of the ingest runs.
 *
 * @param total          rows of the phase; null while not known
 * @param percent        of the phase, 0 to 100; null while the total is not known
 * @param errorLines     the failure as the ingest reports it; empty unless it failed
 * @param effect         when it failed, what it left: {@code nothing-written}, {@code run-failed}
 *                       (recorded as a failed ingest run, nothing deleted), {@code stopped}; null otherwise
 */
record IngestJobJson(String id, String fileName, String status, String phase, String source, String currentFile,
        long done, Long total, Integer percent, String startedAt, String finishedAt,
        List<IngestJobState.LoadedRun> runs, long rowsLoaded, List<String> errorLines, String effect,
        List<IngestJobState.PhaseProgress> phases) {

    static IngestJobJson of(IngestJobState job) {
        return new IngestJobJson(job.id(), job.fileName(), job.status().id(), job.phase(), job.source(),
                job.currentFile(), job.done(), job.total(), job.percent(), text(job.startedAt()), text(job.finishedAt()),
                job.runs(), job.rowsLoaded(), job.failure() == null ? List.of() : job.failure().lines(),
                job.failure() == null ? null : job.failure().effect().id(), job.phases());
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : time.toString();
    }
}
