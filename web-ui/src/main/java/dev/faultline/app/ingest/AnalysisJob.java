package dev.faultline.app.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * An analysis started from the page, as it stands.
 *
 * @param runId      the stored AnalysisRun; null while it runs, or when even a failure could not be stored
 * @param findings   findings stored, when it succeeded
 * @param score      the organization's risk score, when it succeeded
 * @param error      why it failed; null unless it did
 * @param finishedAt null while it runs
 */
public record AnalysisJob(String id, IngestJobState.Status status, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        String runId, long findings, Integer score, String error) {

    static AnalysisJob started(String id) {
        return new AnalysisJob(id, IngestJobState.Status.RUNNING, now(), null, null, 0, null, null);
    }

    AnalysisJob succeeded(String run, long findingCount, int organizationScore) {
        return new AnalysisJob(id, IngestJobState.Status.SUCCEEDED, startedAt, now(), run, findingCount,
                organizationScore, null);
    }

    AnalysisJob failed(String run, String why) {
        return new AnalysisJob(id, IngestJobState.Status.FAILED, startedAt, now(), run, 0, null, why);
    }

    public boolean running() {
        return status == IngestJobState.Status.RUNNING;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
