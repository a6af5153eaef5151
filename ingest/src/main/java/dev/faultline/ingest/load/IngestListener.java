package dev.faultline.ingest.load;

/**
 * What a long load reports while it runs, so a terminal can draw a progress bar. Calls come from
 * the loading thread, in order.
 */
public interface IngestListener {

    /** A new phase starts: validating, writing nodes, writing relationships, removing stale data. */
    default void phase(String source, String phase) {
    }

    /** {@code done} of {@code total} rows of the whole phase are written; {@code file} is the current one. */
    default void progress(String file, long done, long total) {
    }

    /** Identity resolution linked the same person or workload across tenants: links made by rule. */
    default void resolved(java.util.Map<String, Long> linksByRule) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
