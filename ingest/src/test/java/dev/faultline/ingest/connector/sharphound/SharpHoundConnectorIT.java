package dev.faultline.ingest.connector.sharphound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import dev.faultline.cypher.Cypher;
import dev.faultline.ingest.connector.ExportInput;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/** The SharpHound sample, derived and loaded into a real Neo4j. */
class SharpHoundConnectorIT {

    final Driver driver = TestNeo4j.get().driver();

    @TempDir
    Path dir;

    @BeforeEach
    void emptyDatabaseAndDerivedBundle() {
        TestNeo4j.get().clean();
        new SharpHoundConnector().read(ExportInput.open(SharpHoundConnectorTest.SAMPLE)).writeTo(dir);
    }

    void load() {
        new BundleLoader(driver, "neo4j", 1000, IngestListener.NONE).ingest(List.of(dir));
    }

    @Test
    void loadsTheSampleWithOneNodePerDerivedRow() {
        load();

        assertThat(counts("stats/node-counts", "label")).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("Tenant", 5L), Map.entry("Identity", 96L), Map.entry("Human", 83L), Map.entry("Admin", 33L),
                Map.entry("Member", 50L), Map.entry("NonHuman", 13L), Map.entry("ServiceAccount", 13L),
                Map.entry("Credential", 96L), Map.entry("Group", 219L), Map.entry("Role", 32L),
                Map.entry("System", 34L), Map.entry("IngestRun", 1L))));
        assertThat(counts("stats/relationship-counts", "type")).containsEntry("TRUSTS", 6L).containsEntry("MEMBER_OF", 141L)
                .containsEntry("HAS_ROLE", 32L).containsEntry("HAS_CREDENTIAL", 96L)
                .containsEntry("IN_TENANT", 96L + 96L + 219L + 32L + 34L);
    }

    @Test
    void loadingTheSampleTwiceChangesNoCount() {
        load();
        Map<String, Long> nodes = counts("stats/node-counts", "label");

        load();

        nodes.merge("IngestRun", 1L, Long::sum);
        assertThat(counts("stats/node-counts", "label")).isEqualTo(nodes);
    }

    @Test
    void loadsTheInboundExternalTrustWithoutSidFiltering() {
        load();

        List<String> trusts = driver.executableQuery("""
                MATCH (a:Tenant)-[t:TRUSTS {kind: 'ad-external', sidFiltering: false}]->(b:Tenant)
                RETURN a.name + ' trusts ' + b.name + ' ' + t.direction AS trust""").execute()
                .records().stream().map(r -> r.get("trust").asString()).toList();
        assertThat(trusts).containsExactly("REVENANT.CORP trusts PHANTOM.CORP one-way");
    }

    private Map<String, Long> counts(String statement, String key) {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery(Cypher.statement(statement)).execute().records()
                .forEach(r -> counts.put(r.get(key).asString(), r.get("count").asLong()));
        return counts;
    }
}
