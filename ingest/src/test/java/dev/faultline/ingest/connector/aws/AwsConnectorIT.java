package dev.faultline.ingest.connector.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import dev.faultline.cypher.Cypher;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/** The bundles the AWS connector derives, loaded into a real Neo4j. */
class AwsConnectorIT {

    @TempDir
    Path temp;

    private final Driver driver = TestNeo4j.get().driver();

    @BeforeEach
    void clean() {
        TestNeo4j.get().clean();
    }

    @Test
    void loadsTheCloudsplainingExample() {
        load(AwsSamples.read(AwsSamples.EXAMPLE), "example");

        assertThat(nodeCounts()).containsAllEntriesOf(Map.of("Tenant", 4L, "Identity", 44L, "Member", 44L,
                "Group", 5L, "Role", 80L, "IngestRun", 1L));
        assertThat(driver.executableQuery("MATCH (:Tenant {key: 'aws:200611803367'})-[t:TRUSTS]->(:Tenant {key: 'aws:072528804237'})"
                + " RETURN count(t) AS n").execute().records().get(0).get("n").asLong()).isEqualTo(2);
        assertThat(driver.executableQuery("MATCH (:Tenant)-[t:TRUSTS {kind: 'aws-cross-account', mfaRequired: false}]->(:Tenant)"
                + " RETURN t.target AS target ORDER BY target").execute().records().stream().map(r -> r.get("target").asString()))
                .containsExactly("aws:200611803367/role/OrganizationAccountAccessRole",
                        "aws:200611803367/role/stacksets-exec-b5520cb2730c2f54b523d6375a319abb");
        assertThat(driver.executableQuery("MATCH (:Role)-[e:GENERIC_EDGE {kind: 'can-assume'}]->(:Role) RETURN count(e) AS n")
                .execute().records().get(0).get("n").asLong()).isEqualTo(43);
    }

    @Test
    void loadsTheJoinedCredentialReport() {
        load(AwsSamples.readTogether(AwsSamples.TEST_EXAMPLE, AwsSamples.REPORT_012345678901), "joined");

        assertThat(nodeCounts()).containsAllEntriesOf(Map.of("Tenant", 1L, "Identity", 5L, "Member", 2L,
                "ServiceAccount", 2L, "Admin", 1L, "Credential", 8L, "Role", 4L, "Group", 2L));
    }

    private void load(dev.faultline.ingest.connector.BundleRows rows, String name) {
        Path dir = temp.resolve(name);
        rows.writeTo(dir);
        new BundleLoader(driver, "neo4j", 1000, IngestListener.NONE).ingest(List.of(dir));
    }

    private Map<String, Long> nodeCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (Record r : driver.executableQuery(Cypher.statement("stats/node-counts")).execute().records()) {
            counts.put(r.get("label").asString(), r.get("count").asLong());
        }
        return counts;
    }
}
