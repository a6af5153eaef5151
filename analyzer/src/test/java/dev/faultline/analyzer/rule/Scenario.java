package dev.faultline.analyzer.rule;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.run.Neo4jGraphReader;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * A rule scenario: a small bundle under {@code src/test/resources/scenarios/}, loaded into an empty
 * real Neo4j with the product's loader, and a rule run on it at a fixed instant.
 */
public final class Scenario {

    /** The instant scenarios treat as now, so ages and expiries are fixed. */
    public static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-01T00:00:00Z");

    private Scenario() {
    }

    /** Empties the database, loads {@code scenarios/<name>} and runs the rule with default settings. */
    public static List<Finding> run(String name, Rule rule) {
        return run(name, rule, AnalysisSettings.defaults(NOW));
    }

    public static List<Finding> run(String name, Rule rule, AnalysisSettings settings) {
        TestNeo4j neo4j = TestNeo4j.get();
        neo4j.clean();
        new BundleLoader(neo4j.driver(), "neo4j", 1000, IngestListener.NONE)
                .ingest(List.of(Path.of("src/test/resources/scenarios", name)));
        return rule.run(new Neo4jGraphReader(neo4j.driver(), "neo4j"), settings);
    }
}
