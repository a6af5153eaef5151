package dev.faultline.ingest.load;

import java.time.OffsetDateTime;

/** The tag every node and relationship written by one run carries. */
record RunContext(String runId, String source, OffsetDateTime startedAt) {
}
