package dev.faultline.app.data;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An ingest run with what it read: the scope of an analysis run's evidence.
 *
 * @param inputs      the paths it was given
 * @param contentHash SHA-256 over its input files; null when not recorded
 * @param inputHashes each input file's SHA-256 as a {@code sha256sum} line ({@code <hex>  <path>});
 *                    empty for a run stored before they were recorded
 * @param tenants     the tenant and organization keys its rows named
 * @param rows        rows read; null when it never finished
 */
public record IngestRunInputs(String id, String source, String status, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, List<String> inputs, String contentHash, List<String> inputHashes,
        List<String> tenants, Long rows) {

    public IngestRunInputs {
        inputs = List.copyOf(inputs);
        inputHashes = List.copyOf(inputHashes);
        tenants = List.copyOf(tenants);
    }
}
