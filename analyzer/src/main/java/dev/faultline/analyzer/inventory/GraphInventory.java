package dev.faultline.analyzer.inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import dev.faultline.cypher.Cypher;

/** Reads the {@link Inventory} of the graph. The only class of this package that talks to the driver. */
public final class GraphInventory {

    /** Bookkeeping and derived results, not data: left out of the counts. */
    private static final java.util.Set<String> NOT_DATA = java.util.Set.of("IngestRun", "AnalysisRun", "Finding",
            "FOUND", "ABOUT");

    private final Driver driver;
    private final QueryConfig config;

    public GraphInventory(Driver driver, String database) {
        this.driver = driver;
        this.config = QueryConfig.builder().withDatabase(database).build();
    }

    /** @param recentRuns how many ingest runs to list, newest first */
    public Inventory read(int recentRuns) {
        if (recentRuns < 0) {
            throw new IllegalArgumentException("recentRuns must be >= 0, was " + recentRuns);
        }
        Map<String, Long> nodes = counts("stats/node-counts", "label");
        nodes.keySet().removeAll(NOT_DATA);
        Map<String, Long> relationships = counts("stats/relationship-counts", "type");
        relationships.keySet().removeAll(NOT_DATA);
        List<Inventory.TenantSummary> tenants = query("stats/tenants", Map.of()).stream()
                .map(GraphInventory::tenant).toList();
        List<Inventory.IngestRunSummary> runs = query("stats/recent-runs", Map.of("limit", recentRuns)).stream()
                .map(GraphInventory::run).toList();
        return new Inventory(nodes, relationships, tenants, runs);
    }

    private Map<String, Long> counts(String statementId, String keyColumn) {
        Map<String, Long> counts = new TreeMap<>();
        for (Record r : query(statementId, Map.of())) {
            long count = r.get("count").asLong();
            if (count > 0) {
                counts.put(r.get(keyColumn).asString(), count);
            }
        }
        return counts;
    }

    private List<Record> query(String statementId, Map<String, Object> parameters) {
        return driver.executableQuery(Cypher.statement(statementId)).withParameters(parameters).withConfig(config)
                .execute().records();
    }

    private static Inventory.TenantSummary tenant(Record r) {
        return new Inventory.TenantSummary(r.get("key").asString(), text(r.get("name")), text(r.get("kind")),
                r.get("acquired").asBoolean(false), text(r.get("acquisitionDate")), text(r.get("status")),
                r.get("identities").asLong(0));
    }

    private static Inventory.IngestRunSummary run(Record r) {
        return new Inventory.IngestRunSummary(r.get("id").asString(), text(r.get("source")), text(r.get("status")),
                text(r.get("startedAt")), text(r.get("finishedAt")), r.get("rows").asLong(0),
                r.get("nodesWritten").asLong(0), r.get("relationshipsWritten").asLong(0),
                r.get("nodesDeleted").asLong(0), r.get("relationshipsDeleted").asLong(0), text(r.get("error")));
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asObject().toString();
    }
}
