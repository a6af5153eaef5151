package dev.faultline.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;

import dev.faultline.testsupport.TestNeo4j;

/** Run bookkeeping, statistics and reset, executed on a real Neo4j. */
class RunAndStatsStatementsIT {

    private static final OffsetDateTime T1 = OffsetDateTime.parse("2026-11-01T09:00:00Z");
    private static final OffsetDateTime T2 = OffsetDateTime.parse("2026-11-02T09:00:00Z");

    private final Graph graph = new Graph(TestNeo4j.get().driver());

    @BeforeAll
    static void schema() {
        new Graph(TestNeo4j.get().driver()).applySchema();
    }

    @BeforeEach
    void clean() {
        graph.reset();
    }

    @Test
    void runStartAndFinishAreListedNewestFirst() {
        start("r1", T1);
        start("r2", T2);
        List<Record> finished = graph.read("ingest/run-finish", finish("r1", "succeeded", null));
        graph.read("ingest/run-finish", finish("r2", "failed", "identities.csv line 3: unknown tenant"));

        assertThat(finished).extracting(r -> r.get("id").asString()).containsExactly("r1");
        List<Map<String, Object>> runs = graph.read("stats/recent-runs", Map.of("limit", 10L)).stream()
                .map(Record::asMap).toList();
        assertThat(runs).extracting(run -> run.get("id")).containsExactly("r2", "r1");
        Map<String, Object> expected = new HashMap<>(Map.ofEntries(Map.entry("id", "r1"),
                Map.entry("source", "acme-merger-register"), Map.entry("status", "succeeded"),
                Map.entry("startedAt", T1.toZonedDateTime()), Map.entry("finishedAt", T1.plusMinutes(5).toZonedDateTime()),
                Map.entry("inputs", List.of("bundle/manifest.json", "bundle/identities.csv")),
                Map.entry("contentHash", "abc123"), Map.entry("tenants", List.of("acme", "acme-entra")),
                Map.entry("rows", 120L), Map.entry("nodesWritten", 100L), Map.entry("relationshipsWritten", 200L),
                Map.entry("nodesDeleted", 3L), Map.entry("relationshipsDeleted", 4L),
                Map.entry("countsJson", "{\"identities.csv\":120}")));
        expected.put("error", null);
        assertThat(runs.get(1)).isEqualTo(expected);
        assertThat(runs.get(0)).containsEntry("status", "failed")
                .containsEntry("error", "identities.csv line 3: unknown tenant");
        assertThat(graph.read("stats/recent-runs", Map.of("limit", 1L))).hasSize(1);
    }

    @Test
    void runIdsAreUniqueAndFinishingAnUnknownRunReturnsNoRow() {
        start("r1", T1);

        assertThatThrownBy(() -> start("r1", T2)).isInstanceOf(ClientException.class).hasMessageContaining("r1");
        assertThat(graph.read("ingest/run-finish", finish("r9", "succeeded", null))).isEmpty();
    }

    @Test
    void countsComeFromEveryLabelButEntityAndEveryTypeInUse() {
        graph.write(SampleBundle.rows(), "acme-merger-register", "r1", T1);
        start("r1", T1);

        assertThat(rows("stats/node-counts", "label", "count")).containsExactly(
                "Admin=1", "AuthPath=1", "BusinessUnit=1", "Credential=1", "Exception=1", "Generic=1", "Group=1", "Guest=1",
                "Human=4", "Identity=5", "IngestRun=1", "Member=2", "NonHuman=1", "Organization=1", "Policy=1",
                "RecoveryPath=2", "Role=1", "ServicePrincipal=1", "System=1", "Tenant=3");
        assertThat(rows("stats/relationship-counts", "type", "count")).containsExactly(
                "ACQUIRED_BY=1", "APPLIES_TO=1", "APPROVED_BY=1", "BELONGS_TO=1", "CAN_ACCESS=1", "CAN_INITIATE=1",
                "CAN_REACH=1", "EXEMPTS=1", "EXEMPTS_FROM=1", "GENERIC_EDGE=2", "HAS_AUTH_PATH=1", "HAS_CREDENTIAL=1",
                "HAS_ROLE=1", "IN_TENANT=15", "MEMBER_OF=1", "OWNS=4", "PART_OF=1", "REACHES=1", "RECOVERS=2",
                "REQUESTED_BY=1", "SAME_AS=1", "TRUSTS=2");
    }

    @Test
    void tenantsListTheirLineageAndIdentityCount() {
        graph.write(SampleBundle.rows(), "acme-merger-register", "r1", T1);

        assertThat(graph.read("stats/tenants", Map.of()).stream().map(r -> Arrays.asList(r.get("key").asString(),
                r.get("name").asString(), r.get("kind").asString(), r.get("acquired").asBoolean(),
                r.get("acquisitionDate").isNull() ? null : r.get("acquisitionDate").asLocalDate(),
                r.get("status").asString(), r.get("identities").asLong())).toList())
                .containsExactly(
                        Arrays.asList("acme-entra", "Acme Entra", "entra", false, null, "active", 3L),
                        Arrays.asList("globex-ad", "Globex AD", "ad", true, LocalDate.parse("2026-06-30"), "retiring", 1L),
                        Arrays.asList("initech-okta", "Initech Okta", "okta", false, null, "active", 1L));
    }

    @Test
    void resetDeletesEveryNodeAndRelationship() {
        graph.write(SampleBundle.rows(), "acme-merger-register", "r1", T1);
        start("r1", T1);

        Record deleted = graph.autoCommit("admin/reset", Map.of()).get(0);

        assertThat(List.of(deleted.get("relationships").asLong(), deleted.get("nodes").asLong()))
                .containsExactly(42L, 21L);
        assertThat(graph.count("MATCH (n) RETURN count(n)")).isZero();
        Record again = graph.autoCommit("admin/reset", Map.of()).get(0);
        assertThat(List.of(again.get("relationships").asLong(), again.get("nodes").asLong())).containsExactly(0L, 0L);
    }

    private void start(String run, OffsetDateTime now) {
        graph.read("ingest/run-start", Map.of("run", run, "source", "acme-merger-register", "now", now,
                "inputs", List.of("bundle/manifest.json", "bundle/identities.csv"), "contentHash", "abc123",
                "inputHashes", List.of("def456  identities.csv")));
    }

    private static Map<String, Object> finish(String run, String status, String error) {
        Map<String, Object> parameters = new HashMap<>(Map.of("run", run, "status", status,
                "now", T1.plusMinutes(5), "tenants", List.of("acme", "acme-entra"), "rows", 120L,
                "nodesWritten", 100L, "relationshipsWritten", 200L, "nodesDeleted", 3L, "relationshipsDeleted", 4L,
                "countsJson", "{\"identities.csv\":120}"));
        parameters.put("error", error);
        return parameters;
    }

    private List<String> rows(String id, String name, String count) {
        return graph.read(id, Map.of()).stream()
                .map(r -> r.get(name).asString() + "=" + r.get(count).asLong()).toList();
    }
}
