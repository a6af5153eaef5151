package dev.faultline.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestartsAndRefusesASecondOwnerOfTheStore() {
        EmbeddedNeo4j.Settings settings = new EmbeddedNeo4j.Settings(dataDir, 0, 64L << 20, "1 files");
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(settings)) {
            assertThat(first.boltUri()).startsWith("bolt://127.0.0.1:");
            try (Driver driver = GraphDatabase.driver(first.boltUri(), AuthTokens.basic(first.user(), first.password()))) {
                driver.executableQuery("CREATE (:Probe {key: 'kept'})").execute();
            }
            assertThat(dataDir.resolve(EmbeddedNeo4j.SERVER_FILE)).exists();
            assertThatThrownBy(() -> EmbeddedNeo4j.start(settings))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining("FAULTLINE_NEO4J_URI=" + first.boltUri());
        }
        assertThat(dataDir.resolve(EmbeddedNeo4j.SERVER_FILE)).doesNotExist();
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(settings);
                Driver driver = GraphDatabase.driver(again.boltUri(), AuthTokens.basic(again.user(), again.password()))) {
            long kept = driver.executableQuery("MATCH (p:Probe {key: 'kept'}) RETURN count(p) AS n").execute()
                    .records().get(0).get("n").asLong();
            assertThat(kept).isEqualTo(1);
        }
    }

    @Test
    void refusesWrongPassword() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(dataDir, 0, 64L << 20, "1 files"));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(driver::verifyConnectivity).hasMessageContaining("authentication");
        }
    }
}
