package dev.faultline.analyzer.run;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.report.PlanJson;
import dev.faultline.analyzer.score.RiskScore;
import dev.faultline.analyzer.score.RiskScores;
import dev.faultline.cypher.Cypher;

/**
 * Stores an analysis run and its findings in Neo4j, for the UI and for history: an AnalysisRun with
 * the organization's and the tenants' risk scores and the remediation plan, and one Finding per stable key that keeps the
 * first time it was seen.
 */
public final class AnalysisStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 5_000;

    private final Driver driver;
    private final QueryConfig config;

    public AnalysisStore(Driver driver, String database) {
        this.driver = driver;
        this.config = QueryConfig.builder().withDatabase(database).build();
    }

    /**
     * Stores a succeeded run without ingest runs; see {@link #store(AnalysisResult, String, List, List)}.
     *
     * @return when each finding was first seen, by key (this run's instant for new ones)
     */
    public Map<String, OffsetDateTime> store(AnalysisResult result, String tenant, List<String> rules) {
        return store(result, tenant, rules, List.of());
    }

    /**
     * Stores a succeeded run: the AnalysisRun with its counts and scores, then its findings.
     *
     * @param ingestRuns ids of the ingest runs the run saw
     * @return when each finding was first seen, by key (this run's instant for new ones)
     */
    public Map<String, OffsetDateTime> store(AnalysisResult result, String tenant, List<String> rules,
            List<String> ingestRuns) {
        Map<String, Object> run = runParameters(result.runId(), result.startedAt(), tenant, rules, ingestRuns);
        run.put("status", "succeeded");
        run.put("findings", (long) result.findings().size());
        run.put("countsJson", json(counts(result.findings(), Finding::rule)));
        run.put("tenantCountsJson", json(counts(result.findings(), f -> f.tenant() == null ? "" : f.tenant())));
        run.put("score", (long) result.scores().organization().score());
        run.put("scoresJson", json(scores(result.scores())));
        run.put("planJson", PlanJson.write(result.plan()));
        driver.executableQuery(Cypher.statement("analysis/store-run")).withParameters(run).withConfig(config).execute();
        Map<String, OffsetDateTime> firstSeen = new LinkedHashMap<>();
        List<Finding> findings = result.findings();
        for (int from = 0; from < findings.size(); from += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Finding finding : findings.subList(from, Math.min(findings.size(), from + BATCH))) {
                rows.add(row(finding));
            }
            driver.executableQuery(Cypher.statement("analysis/store-findings"))
                    .withParameters(Map.of("run", result.runId(), "now", result.startedAt(), "rows", rows))
                    .withConfig(config).execute().records()
                    .forEach(r -> firstSeen.put(r.get("key").asString(), r.get("firstSeen").asOffsetDateTime()));
        }
        return firstSeen;
    }

    /**
     * Records a run that failed before its findings could be stored: status {@code failed}, its
     * error, no findings, counts or scores.
     *
     * @return the id of the failed run
     */
    public String storeFailure(OffsetDateTime startedAt, String tenant, List<String> rules, List<String> ingestRuns,
            String error) {
        String runId = Analyzer.runId(startedAt);
        Map<String, Object> run = runParameters(runId, startedAt, tenant, rules, ingestRuns);
        run.put("status", "failed");
        run.put("error", error == null || error.isBlank() ? "unknown error" : error);
        driver.executableQuery(Cypher.statement("analysis/store-run")).withParameters(run).withConfig(config).execute();
        return runId;
    }

    /** Ids of the ingest runs that succeeded since the previous analysis run finished, oldest first. */
    public List<String> ingestRunsSinceLastAnalysis() {
        return driver.executableQuery(Cypher.statement("analysis/ingest-runs-since")).withConfig(config).execute()
                .records().stream().map(r -> r.get("id").asString()).toList();
    }

    private static Map<String, Object> runParameters(String runId, OffsetDateTime startedAt, String tenant,
            List<String> rules, List<String> ingestRuns) {
        Map<String, Object> run = new HashMap<>();
        for (String name : List.of("status", "error", "findings", "countsJson", "tenantCountsJson", "score", "scoresJson",
                "planJson")) {
            run.put(name, null);
        }
        run.put("run", runId);
        run.put("now", startedAt);
        run.put("finishedAt", OffsetDateTime.now(ZoneOffset.UTC));
        run.put("tenant", tenant);
        run.put("rules", List.copyOf(rules));
        run.put("ingestRuns", List.copyOf(ingestRuns));
        return run;
    }

    private static Map<String, Object> row(Finding f) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", f.key());
        row.put("rule", f.rule());
        row.put("severity", f.severity().id());
        row.put("subject", f.subjectKey());
        row.put("subjectName", f.subjectName());
        row.put("tenant", f.tenant());
        row.put("pathJson", json(f.path()));
        row.put("evidenceJson", json(f.evidence()));
        row.put("ownerKey", f.owner().key());
        row.put("ownerName", f.owner().name());
        row.put("ownerStatus", f.owner().status());
        row.put("ownerVia", f.owner().via());
        row.put("remediation", f.remediation());
        row.put("standards", f.standards());
        row.put("contentHash", contentHash(row));
        return row;
    }

    /** SHA-256 of a finding row's fields but its key, in a fixed order: changes when anything a run saw changes. */
    private static String contentHash(Map<String, Object> row) {
        Map<String, Object> fields = new TreeMap<>(row);
        fields.remove("key");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    JSON.writeValueAsBytes(fields)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash finding " + row.get("key"), e);
        }
    }

    /** Findings per group (rule or tenant), then per severity. */
    private static Map<String, Map<String, Long>> counts(List<Finding> findings, Function<Finding, String> group) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.computeIfAbsent(group.apply(f), r -> new TreeMap<>()).merge(f.severity().id(), 1L, Long::sum);
        }
        return counts;
    }

    /** The organization's and the tenants' scores, fields and severities in a fixed order. */
    private static Map<String, Object> scores(RiskScores scores) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("organization", scores.organization().asMap());
        json.put("tenants", scores.tenants().stream().map(RiskScore::asMap).toList());
        return json;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value + " as JSON", e);
        }
    }
}
