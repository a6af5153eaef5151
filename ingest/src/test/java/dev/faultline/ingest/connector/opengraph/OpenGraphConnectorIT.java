package dev.faultline.ingest.connector.opengraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import dev.faultline.cypher.Cypher;
import dev.faultline.ingest.connector.ExportInput;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

class OpenGraphConnectorIT {

    @Test
    void loadsTheEntraAuthenticationPolicySample(@TempDir Path dir) {
        Driver driver = load(OpenGraphConnectorTest.ENTRA, dir);

        assertThat(nodeCounts(driver)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Tenant", 1L), Map.entry("Identity", 118L), Map.entry("Human", 117L), Map.entry("Member", 117L),
                Map.entry("NonHuman", 1L), Map.entry("ServicePrincipal", 1L), Map.entry("Group", 1L), Map.entry("Role", 3L),
                Map.entry("Generic", 1L), Map.entry("RecoveryPath", 348L), Map.entry("IngestRun", 1L)));
        assertThat(count(driver, "MATCH ()-[r:GENERIC_EDGE]->() RETURN count(r) AS n")).isEqualTo(358L);
        assertThat(count(driver, "MATCH (:Role {name: 'Global Administrator'})-[:CAN_INITIATE]->(p:RecoveryPath {method: 'tap-issuance'})"
                + "-[:RECOVERS]->(:Identity) RETURN count(p) AS n")).isEqualTo(116L);
    }

    @Test
    void loadsKnownKindsOfSeveralDirectories(@TempDir Path dir) {
        Driver driver = load(OpenGraphKnownKindsTest.MIXED, dir);

        assertThat(nodeCounts(driver)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Tenant", 5L), Map.entry("Identity", 6L), Map.entry("Human", 4L), Map.entry("Member", 4L),
                Map.entry("NonHuman", 2L), Map.entry("ServicePrincipal", 1L), Map.entry("ServiceAccount", 1L),
                Map.entry("Group", 3L), Map.entry("Role", 1L), Map.entry("System", 3L), Map.entry("Generic", 1L),
                Map.entry("RecoveryPath", 2L), Map.entry("IngestRun", 1L)));
        assertThat(count(driver, "MATCH (:Tenant)-[r:TRUSTS]->(:Tenant) RETURN count(r) AS n")).isEqualTo(1L);
        assertThat(count(driver, "MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS n")).isEqualTo(3L);
        assertThat(count(driver, "MATCH ()-[r:GENERIC_EDGE]->() RETURN count(r) AS n")).isEqualTo(3L);
    }

    private static Driver load(Path export, Path dir) {
        TestNeo4j.get().clean();
        Driver driver = TestNeo4j.get().driver();
        new OpenGraphConnector().read(ExportInput.open(export)).writeTo(dir);
        new BundleLoader(driver, "neo4j", 1000, IngestListener.NONE).ingest(List.of(dir));
        return driver;
    }

    private static Map<String, Long> nodeCounts(Driver driver) {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery(Cypher.statement("stats/node-counts")).execute().records()
                .forEach(r -> counts.put(r.get("label").asString(), r.get("count").asLong()));
        return counts;
    }

    private static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().get(0).get("n").asLong();
    }
}
