package dev.faultline.analyzer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.LegacyAuthBypassRule;
import dev.faultline.analyzer.rule.OwnerlessNhiRule;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.rule.Scenario;
import dev.faultline.analyzer.score.RiskScore;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * Risk scores from a real graph, and stored with the run: scenario {@code scores/acquired-mail},
 * where the acquirer's whole tenant (4 identities) reaches its critical Exchange Online over SMTP
 * AUTH, the acquired tenant's jdoe gets there through his synced twin and reaches a low-criticality
 * file share over NTLM (so does his twin, through him), and an NHI has no owner.
 */
class AnalysisStoreIT {

    private static final List<Rule> RULES = List.of(new LegacyAuthBypassRule(), new OwnerlessNhiRule());

    private final TestNeo4j neo4j = TestNeo4j.get();
    private AnalysisResult result;

    @BeforeEach
    void analyzeTheScenario() {
        neo4j.clean();
        new BundleLoader(neo4j.driver(), "neo4j", 1000, IngestListener.NONE)
                .ingest(List.of(Path.of("src/test/resources/scenarios/scores/acquired-mail")));
        result = new Analyzer(new Neo4jGraphReader(neo4j.driver(), "neo4j"))
                .run(RULES, AnalysisSettings.defaults(Scenario.NOW));
    }

    @Test
    void scoresFromTheFindingsWithCriticalityAndNamesFromTheGraph() {
        // r: tenant acme 10 × (1 + log10 4) = 16.02; jdoe's crossing 10; two NTLM findings 3 each; the NHI 3
        assertThat(result.findings()).extracting(Finding::subjectKey, Finding::severity, f -> f.evidence().get("identities"))
                .containsExactly(tuple("acme", Severity.CRITICAL, 4L), tuple("globex/u/jdoe", Severity.CRITICAL, null),
                        tuple("acme/u/jdoe", Severity.MEDIUM, null), tuple("globex/u/jdoe", Severity.MEDIUM, null),
                        tuple("acme/n/backup", Severity.MEDIUM, null));
        assertThat(result.scores().organization()).extracting(RiskScore::name, RiskScore::score, RiskScore::raw,
                RiskScore::findings).containsExactly("Acme Group", 15, 35.02, 5);
        assertThat(result.scores().tenants()).extracting(RiskScore::key, RiskScore::name, RiskScore::score,
                RiskScore::raw, RiskScore::findings).containsExactly(
                        tuple("acme", "Acme", 39, 32.02, 4),
                        tuple("globex-ad", "globex.local", 24, 16.0, 3));
        // critical 1.0 × (16.02 + 10) and low 0.25 × (3 + 3)
        assertThat(result.scores().systems()).extracting(RiskScore::key, RiskScore::name, RiskScore::tenant,
                RiskScore::score, RiskScore::raw).containsExactly(
                        tuple("acme/s/exchange", "Exchange Online", "acme", 57, 26.02),
                        tuple("globex/s/fs01", "FS01", "globex-ad", 7, 1.5));
        assertThat(result.scores().identities()).extracting(RiskScore::key, RiskScore::score, RiskScore::raw,
                RiskScore::findings).containsExactly(
                        tuple("globex/u/jdoe", 62, 16.0, 3),
                        tuple("acme/u/jdoe", 57, 13.0, 2),
                        tuple("acme/n/backup", 23, 3.0, 1));
    }

    @Test
    void storesTheOrganizationScoreAndTheTenantScoresOnTheRun() throws JsonProcessingException {
        new AnalysisStore(neo4j.driver(), "neo4j").store(result, null, List.of("legacy-auth-bypass", "ownerless-nhi"));

        Record run = neo4j.driver().executableQuery(
                "MATCH (ar:AnalysisRun {id: $id}) RETURN ar.score AS score, ar.scoresJson AS scoresJson")
                .withParameters(Map.of("id", result.runId())).execute().records().get(0);

        assertThat(run.get("score").asLong()).isEqualTo(15L);
        assertThat(new ObjectMapper().readValue(run.get("scoresJson").asString(), Map.class)).isEqualTo(Map.of(
                "organization", score("organization", "Acme Group", "organization", null, 15, 35.02, 5, 2, 3),
                "tenants", List.of(
                        score("acme", "Acme", "tenant", "acme", 39, 32.02, 4, 2, 2),
                        score("globex-ad", "globex.local", "tenant", "globex-ad", 24, 16.0, 3, 1, 2))));
    }

    @Test
    void storesTheRemediationPlanOnTheRunAsTheJsonReportWritesIt() throws JsonProcessingException {
        new AnalysisStore(neo4j.driver(), "neo4j").store(result, null, List.of("legacy-auth-bypass", "ownerless-nhi"));

        String planJson = neo4j.driver().executableQuery("MATCH (ar:AnalysisRun {id: $id}) RETURN ar.planJson AS plan")
                .withParameters(Map.of("id", result.runId())).execute().records().get(0).get("plan").asString();

        com.fasterxml.jackson.databind.JsonNode plan = new ObjectMapper().readTree(planJson);
        assertThat(plan).isEqualTo(dev.faultline.analyzer.report.PlanJson.tree(result.plan()));
        assertThat(plan.get("totalCost").asInt()).isEqualTo(result.plan().totalCost());
        assertThat(plan.get("cuts")).hasSize(result.plan().cuts().size());
        assertThat(plan.get("paths")).hasSize(result.plan().paths().size());
        assertThat(dev.faultline.analyzer.report.PlanJson.read(planJson)).isEqualTo(result.plan());
    }

    @Test
    void aRunKeepsTheFindingsAsItSawThemWhenALaterRunFindsThemChanged() {
        AnalysisStore store = new AnalysisStore(neo4j.driver(), "neo4j");
        List<String> rules = List.of("legacy-auth-bypass", "ownerless-nhi");
        store.store(result, null, rules);
        neo4j.driver().executableQuery("MATCH (n:Entity {key: 'acme/n/backup'}) SET n.name = 'backup (renamed)'").execute();
        AnalysisResult second = new Analyzer(new Neo4jGraphReader(neo4j.driver(), "neo4j"))
                .run(RULES, AnalysisSettings.defaults(Scenario.NOW.plusDays(1)));
        store.store(second, null, rules);
        String nhi = second.findings().stream().filter(f -> f.subjectKey().equals("acme/n/backup")).findFirst().orElseThrow().key();

        assertThat(subjectNames(result.runId())).containsEntry(nhi, "backup");
        assertThat(subjectNames(second.runId())).containsEntry(nhi, "backup (renamed)");
        assertThat(snapshots()).as("only the changed finding, only on the earlier run").containsExactly(result.runId() + " " + nhi);

        AnalysisResult third = new Analyzer(new Neo4jGraphReader(neo4j.driver(), "neo4j"))
                .run(RULES, AnalysisSettings.defaults(Scenario.NOW.plusDays(2)));
        store.store(third, null, rules);
        assertThat(snapshots()).as("nothing changed: nothing copied").containsExactly(result.runId() + " " + nhi);
        assertThat(subjectNames(result.runId())).isNotEqualTo(subjectNames(third.runId())).containsEntry(nhi, "backup");
        assertThat(subjectNames(second.runId())).isEqualTo(subjectNames(third.runId()));
    }

    private Map<String, String> subjectNames(String run) {
        Map<String, String> names = new java.util.TreeMap<>();
        neo4j.driver().executableQuery(dev.faultline.cypher.Cypher.statement("ui/report-findings")).withParameters(Map.of("run", run))
                .execute().records().forEach(r -> names.put(r.get("key").asString(), r.get("subjectName").asString(null)));
        assertThat(names).as("findings of " + run).isNotEmpty();
        return names;
    }

    private List<String> snapshots() {
        return neo4j.driver().executableQuery("MATCH (ar:AnalysisRun)-[found:FOUND {snapshot: true}]->(f) RETURN ar.id + ' ' + f.key AS s ORDER BY s")
                .execute().records().stream().map(r -> r.get("s").asString()).toList();
    }

    private static Map<String, Object> score(String key, String name, String kind, String tenant, int score,
            double raw, int findings, int critical, int medium) {
        Map<String, Object> json = new java.util.HashMap<>();
        json.put("key", key);
        json.put("name", name);
        json.put("kind", kind);
        json.put("tenant", tenant);
        json.put("score", score);
        json.put("raw", raw);
        json.put("findings", findings);
        json.put("bySeverity", Map.of("critical", critical, "high", 0, "medium", medium, "low", 0));
        return json;
    }
}
