package dev.faultline.ingest.connector.entra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import dev.faultline.cypher.Cypher;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/** The baseline's derived bundle loads into a real Neo4j. */
class EntraConnectorIT {

    @Test
    void loadsTheDerivedBundleOfTheBaseline(@TempDir Path dir) {
        TestNeo4j.get().clean();
        Driver driver = TestNeo4j.get().driver();
        Samples.read(Samples.ENTRA.resolve("conditional-access-baseline")).rows().writeTo(dir);
        new BundleLoader(driver, "neo4j", 1000, IngestListener.NONE).ingest(List.of(dir));
        Map<String, Long> counts = new HashMap<>();
        driver.executableQuery(Cypher.statement("stats/node-counts")).execute().records()
                .forEach(r -> counts.put(r.get("label").asString(), r.get("count").asLong()));
        assertThat(counts).containsEntry("Tenant", 1L).containsEntry("Policy", 36L).containsEntry("Exception", 72L)
                .containsEntry("Group", 35L).containsEntry("AuthPath", 4L);
    }
}
