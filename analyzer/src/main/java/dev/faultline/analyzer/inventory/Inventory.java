package dev.faultline.analyzer.inventory;

import java.util.List;
import java.util.Map;

/**
 * What the graph holds: node counts by label and relationship counts by type (ingest bookkeeping
 * excluded, so loading the same data twice leaves them unchanged), the tenants, and the most
 * recent ingest runs.
 */
public record Inventory(Map<String, Long> nodes, Map<String, Long> relationships, List<TenantSummary> tenants,
        List<IngestRunSummary> ingestRuns) {

    /** One tenant and how many identities it holds. */
    public record TenantSummary(String key, String name, String kind, boolean acquired, String acquisitionDate,
            String status, long identities) {
    }

    /** One ingest run as recorded by the loader. */
    public record IngestRunSummary(String id, String source, String status, String startedAt, String finishedAt,
            long rows, long nodesCreated, long relationshipsCreated, long nodesDeleted, long relationshipsDeleted,
            String error) {
    }
}
