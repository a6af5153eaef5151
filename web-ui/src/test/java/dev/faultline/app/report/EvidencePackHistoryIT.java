package dev.faultline.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.faultline.analyzer.rule.Rules;
import dev.faultline.app.data.RunSnapshot;
import dev.faultline.app.scoring.AnalysisService;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * The same run gives the same document after the graph has moved on: a later run that finds a
 * finding changed, a renamed tenant, a renamed approver leave an earlier run's evidence pack as it
 * was, byte for byte (the example bundle, on the real Neo4j).
 */
class EvidencePackHistoryIT {

    private static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-11-01T00:00:00Z");
    private static final OffsetDateTime SECOND = OffsetDateTime.parse("2026-11-08T00:00:00Z");
    private static final EvidencePackRenderer RENDERER = new EvidencePackRenderer();

    @AfterAll
    static void leaveTheDemoToBeLoadedAgain() {
        TestNeo4j.get().clean();
    }

    @Test
    void anEarlierRunsPackIsTheSameAfterALaterRunFoundTheGraphChanged() {
        TestNeo4j neo4j = TestNeo4j.get();
        neo4j.clean();
        Driver driver = neo4j.driver();
        new BundleLoader(driver, "neo4j", 1000, IngestListener.NONE).ingest(List.of(Path.of("../examples/bundle")));
        AnalysisService analyses = new AnalysisService(driver, "neo4j");
        EvidencePackReader reader = new EvidencePackReader(driver, "neo4j", RENDERER::message);
        String first = analyses.analyze(Rules.all(), null, FIRST, null).result().runId();
        String before = RENDERER.standaloneHtml(reader.read(first, 25).orElseThrow());
        String subject = driver.executableQuery("""
                MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding) WHERE f.subjectName IS NOT NULL
                RETURN f.subject AS subject ORDER BY f.key LIMIT 1""").withParameters(Map.of("run", first)).execute()
                .records().get(0).get("subject").asString();

        driver.executableQuery("""
                MATCH (t:Tenant {key: 'acme-entra'}) SET t.name = 'Acme renamed after the first run'
                WITH 1 AS done
                MATCH (carol:Entity {key: 'acme-entra/u/carol'}) SET carol.name = 'Carol renamed after the first run'
                WITH 1 AS done
                MATCH (s:Entity {key: $subject}) SET s.name = 'Subject renamed after the first run'""")
                .withParameters(Map.of("subject", subject)).execute();
        String second = analyses.analyze(Rules.all(), null, SECOND, null).result().runId();

        String after = RENDERER.standaloneHtml(reader.read(first, 25).orElseThrow());
        String latest = RENDERER.standaloneHtml(reader.read(second, 25).orElseThrow());
        assertThat(latest).contains("Acme renamed after the first run", "Carol renamed after the first run",
                "Subject renamed after the first run");
        assertThat(before).doesNotContain("renamed after the first run");
        assertThat(after).isEqualTo(before);
        assertThat(RunSnapshot.of(driver, "neo4j", first)).hasValueSatisfying(s -> assertThat(s.exceptions().run()).isEqualTo(first));
    }
}
