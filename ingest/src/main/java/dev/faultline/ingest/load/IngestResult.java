package dev.faultline.ingest.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One successful ingest run.
 *
 * @param runId                the {@code IngestRun} id
 * @param source               the bundle's source
 * @param rowsPerFile          rows written per input file, in write order
 * @param tenants              tenant (and organization) keys the run covered
 * @param nodesCreated         nodes that did not exist before (0 when the same bundle is loaded again)
 * @param relationshipsCreated relationships that did not exist before, including those implied by node files
 * @param nodesDeleted         stale nodes removed after the run
 * @param relationshipsDeleted stale relationships removed after the run
 * @param elapsed              wall time, validation included
 */
public record IngestResult(String runId, String source, Map<String, Long> rowsPerFile, List<String> tenants,
        long nodesCreated, long relationshipsCreated, long nodesDeleted, long relationshipsDeleted,
        Duration elapsed) {
}
