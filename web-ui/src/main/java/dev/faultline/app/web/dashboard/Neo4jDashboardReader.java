package dev.faultline.app.web.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.cypher.Cypher;

/** The dashboard from the graph: {@code ui/dashboard-*} and {@code stats/recent-runs}. */
final class Neo4jDashboardReader implements DashboardReader {

    static final int ANALYSIS_RUNS = 20;
    static final int INGEST_RUNS = 5;
    static final int NEW_FINDINGS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Driver driver;
    private final QueryConfig config;

    Neo4jDashboardReader(Driver driver, String database) {
        this.driver = driver;
        this.config = QueryConfig.builder().withDatabase(database).withRouting(RoutingControl.READ).build();
    }

    @Override
    public Dashboard read() {
        Optional<Dashboard.LatestRun> latest = query("ui/dashboard-latest-run", Map.of()).stream().findFirst()
                .map(Neo4jDashboardReader::latest);
        List<Dashboard.AnalysisRun> analysisRuns = query("ui/dashboard-analysis-runs", Map.of("limit", ANALYSIS_RUNS))
                .stream().map(Neo4jDashboardReader::analysisRun).toList();
        List<Dashboard.IngestRun> ingestRuns = query("stats/recent-runs", Map.of("limit", INGEST_RUNS)).stream()
                .map(Neo4jDashboardReader::ingestRun).toList();
        Dashboard.NewFindings newFindings = latest.map(run -> newFindings(run.id())).orElse(Dashboard.NewFindings.NONE);
        return new Dashboard(latest, analysisRuns, ingestRuns, newFindings);
    }

    private Dashboard.NewFindings newFindings(String runId) {
        Record r = query("ui/dashboard-new-findings", Map.of("run", runId, "limit", NEW_FINDINGS)).get(0);
        List<Dashboard.NewFinding> findings = r.get("findings").asList(v -> new Dashboard.NewFinding(
                v.get("key").asString(), v.get("rule").asString(), v.get("severity").asString(),
                text(v.get("subjectName")), text(v.get("tenant"))));
        return new Dashboard.NewFindings(r.get("total").asLong(), findings);
    }

    private List<Record> query(String id, Map<String, Object> parameters) {
        return driver.executableQuery(Cypher.statement(id)).withParameters(parameters).withConfig(config).execute()
                .records();
    }

    private static Dashboard.LatestRun latest(Record r) {
        JsonNode scores = json(r.get("scoresJson"));
        List<Dashboard.Score> tenants = scores.path("tenants").valueStream().map(Neo4jDashboardReader::score).toList();
        List<Dashboard.RuleCounts> rules = json(r.get("countsJson")).propertyStream()
                .map(e -> new Dashboard.RuleCounts(e.getKey(), counts(e.getValue()))).toList();
        return new Dashboard.LatestRun(r.get("id").asString(), dateTime(r.get("startedAt")), r.get("findings").asLong(0),
                r.get("score").asInt(scores.path("organization").path("score").asInt(0)), tenants, rules);
    }

    private static Dashboard.Score score(JsonNode node) {
        return new Dashboard.Score(node.path("key").asText(), node.path("name").isTextual() ? node.path("name").asText() : null,
                node.path("score").asInt(), node.path("findings").asLong(), counts(node.path("bySeverity")));
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new LinkedHashMap<>();
        node.propertyStream().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private static Dashboard.AnalysisRun analysisRun(Record r) {
        return new Dashboard.AnalysisRun(r.get("id").asString(), dateTime(r.get("startedAt")), dateTime(r.get("finishedAt")),
                text(r.get("tenant")), r.get("rules").asLong(0), r.get("findings").asLong(0),
                r.get("score").isNull() ? null : r.get("score").asInt(), text(r.get("status")));
    }

    private static Dashboard.IngestRun ingestRun(Record r) {
        return new Dashboard.IngestRun(r.get("id").asString(), text(r.get("source")), text(r.get("status")),
                dateTime(r.get("startedAt")), dateTime(r.get("finishedAt")), r.get("rows").asLong(0),
                r.get("nodesWritten").asLong(0), r.get("relationshipsWritten").asLong(0), text(r.get("error")));
    }

    private static JsonNode json(Value value) {
        if (value.isNull()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(value.asString());
        } catch (IOException e) {
            throw new UncheckedIOException("An AnalysisRun holds malformed JSON: " + e.getMessage(), e);
        }
    }

    /** In UTC, as the dashboard shows every instant. */
    private static OffsetDateTime dateTime(Value value) {
        Object object = value.isNull() ? null : value.asObject();
        if (object instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        return object instanceof OffsetDateTime offset ? offset.withOffsetSameInstant(ZoneOffset.UTC) : null;
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
