package dev.faultline.app.data;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One ingest run.
 *
 * @param status     {@code running}, {@code succeeded} or {@code failed}
 * @param finishedAt null while it runs (or when it died)
 * @param rows       rows read; null while it runs
 * @param error      why it failed; null unless it did
 */
public record IngestRunSummary(String id, String source, String status, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, Long rows, List<String> inputs, String error) {

    public IngestRunSummary {
        inputs = List.copyOf(inputs);
    }
}
