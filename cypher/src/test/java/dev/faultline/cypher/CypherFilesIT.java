package dev.faultline.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.GqlStatusObject;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ResultSummary;

import dev.faultline.testsupport.TestNeo4j;

/** Every statement of the contract against the pinned Neo4j, so none rots unseen. */
class CypherFilesIT {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    /** Warnings that only say a label, type or property is not in this database yet. */
    private static final Set<String> UNKNOWN_TOKEN = Set.of("01N50", "01N51", "01N52");
    private static final Map<String, Object> SAMPLES = Map.ofEntries(
            Map.entry("rows", List.of(SampleBundle.row("id", "acme/u/jdoe", "tenant", "acme-entra"))),
            Map.entry("source", "acme-merger-register"),
            Map.entry("run", "r1"),
            Map.entry("now", OffsetDateTime.parse("2026-11-01T09:00:00Z")),
            Map.entry("tenant", "acme-entra"),
            Map.entry("finishedAt", OffsetDateTime.parse("2026-11-01T09:01:00Z")),
            Map.entry("rules", List.of("ownerless-exception")),
            Map.entry("findings", 1L),
            Map.entry("ingestRuns", List.of("ingest-20261101T085900Z-1a2b")),
            Map.entry("tenantCountsJson", "{\"acme-entra\":{\"high\":1}}"),
            Map.entry("maxSecretAgeDays", 365),
            Map.entry("unusedDays", 90),
            Map.entry("leakRemediationDays", 7),
            Map.entry("maxBreakGlass", 4),
            Map.entry("exceptions", List.of("acme-entra/exc/1")),
            Map.entry("credentials", List.of("acme-entra/cred/1")),
            Map.entry("criticality", List.of("critical", "high")),
            Map.entry("inputs", List.of("bundle/identities.csv")),
            Map.entry("contentHash", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            Map.entry("inputHashes", List.of("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  identities.csv")),
            Map.entry("status", "succeeded"),
            Map.entry("tenants", List.of("acme-entra")),
            Map.entry("nodesWritten", 10L),
            Map.entry("relationshipsWritten", 20L),
            Map.entry("nodesDeleted", 1L),
            Map.entry("relationshipsDeleted", 2L),
            Map.entry("countsJson", "{\"identities.csv\":12}"),
            Map.entry("score", 42),
            Map.entry("scoresJson", "{\"organization\":{\"score\":42},\"tenants\":[]}"),
            Map.entry("planJson", "{\"cuts\":[],\"totalCost\":0}"),
            Map.entry("error", "none"),
            Map.entry("scopes", List.of("acme-entra")),
            Map.entry("keys", List.of("acme-entra")),
            Map.entry("limit", 20L),
            Map.entry("key", "acme-entra/u/jdoe"),
            Map.entry("rule", "legacy-auth-bypass"),
            Map.entry("severity", "high"),
            Map.entry("ownerStatus", "missing"),
            Map.entry("human", true),
            Map.entry("text", "jdoe"),
            Map.entry("sort", "severity"),
            Map.entry("descending", true),
            Map.entry("skip", 0L),
            Map.entry("hop", "\"key\":\"acme-entra/s/exchange-online\""),
            Map.entry("from", "acme-entra/u/jdoe"),
            Map.entry("to", "acme-entra/s/exchange-online"),
            Map.entry("trusting", "acme-entra"),
            Map.entry("trusted", "globex-okta"),
            Map.entry("kind", "entra-b2b"),
            Map.entry("direction", "one-way"),
            Map.entry("mfaAccepted", true),
            Map.entry("syncEnabled", false),
            Map.entry("identities", List.of("acme-entra/u/jdoe")),
            Map.entry("group", "acme-entra/g/finance"),
            Map.entry("toTenant", "globex-okta"),
            Map.entry("protocols", List.of("imap", "pop3")),
            Map.entry("cached", List.of("analysis-20261101T000000Z-0001")),
            Map.entry("snapshotJson", "{\"tenants\":[],\"exceptions\":null}"));
    /** run-finish's $rows is the number of rows read, not a batch. */
    private static final Map<String, Map<String, Object>> OVERRIDES = Map.of("ingest/run-finish", Map.of("rows", 12L));

    private static Set<String> schemaAfterFirstApply;
    private static Set<String> schemaAfterSecondApply;

    private final Driver driver = TestNeo4j.get().driver();

    @BeforeAll
    static void applySchemaTwice() {
        Driver driver = TestNeo4j.get().driver();
        Cypher.schemaStatements().forEach(statement -> driver.executableQuery(statement).execute());
        schemaAfterFirstApply = schemaNames(driver);
        Cypher.schemaStatements().forEach(statement -> driver.executableQuery(statement).execute());
        schemaAfterSecondApply = schemaNames(driver);
    }

    @Test
    void schemaIsIdempotentAndCreatesEveryNamedConstraintAndIndex() {
        assertThat(schemaAfterSecondApply).isEqualTo(schemaAfterFirstApply).isEqualTo(Set.of(
                "constraint entity_key", "constraint ingest_run_id", "constraint analysis_run_id", "constraint finding_key",
                "index analysis_run_id", "index finding_key",
                "index entity_key", "index ingest_run_id", "index entity_tenant", "index identity_email", "index identity_upn", "index identity_on_prem_sid",
                "index identity_employee_id", "index system_criticality", "index ingest_run_started_at"));
    }

    @ParameterizedTest
    @MethodSource("dev.faultline.cypher.Cypher#ids")
    void statementPlansWithSampleParametersAndNoWarning(String id) {
        String statement = Cypher.statement(id);
        ResultSummary summary;
        try (Session session = driver.session()) {
            summary = session.run("EXPLAIN " + statement, samples(id, statement)).consume();
        }
        List<String> warnings = summary.gqlStatusObjects().stream()
                .filter(status -> status.gqlStatus().startsWith("01") && !UNKNOWN_TOKEN.contains(status.gqlStatus()))
                .map(GqlStatusObject::statusDescription)
                .toList();
        assertThat(warnings).as("warnings planning %s", id).isEmpty();
        if (id.startsWith("ingest/")) {
            assertThat(operators(summary.plan())).as("operators planned for %s", id)
                    .doesNotContain("AllNodesScan", "NodeByLabelScan");
        }
    }

    private static Map<String, Object> samples(String id, String statement) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(statement);
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = OVERRIDES.getOrDefault(id, Map.of()).getOrDefault(name, SAMPLES.get(name));
            if (value == null) {
                fail("Statement %s uses $%s, which has no sample value in %s", id, name, CypherFilesIT.class);
            }
            parameters.put(name, value);
        }
        return parameters;
    }

    /** Operator names of a plan and its children, without the {@code @neo4j} suffix. */
    private static List<String> operators(Plan plan) {
        List<String> names = new ArrayList<>(List.of(plan.operatorType().replaceAll("@.*", "")));
        plan.children().forEach(child -> names.addAll(operators(child)));
        return names;
    }

    private static Set<String> schemaNames(Driver driver) {
        Set<String> names = new TreeSet<>();
        driver.executableQuery("SHOW CONSTRAINTS YIELD name").execute().records()
                .forEach(r -> names.add("constraint " + r.get("name").asString()));
        driver.executableQuery("SHOW INDEXES YIELD name, type WHERE type = 'RANGE'").execute().records()
                .forEach(r -> names.add("index " + r.get("name").asString()));
        return names;
    }
}
