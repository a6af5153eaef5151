package dev.faultline.app.data;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.Driver;

import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.OwnerlessNhiRule;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.run.AnalysisStore;
import dev.faultline.analyzer.run.Analyzer;
import dev.faultline.analyzer.run.Neo4jGraphReader;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * The graph every read test starts from: {@code examples/bundle} (Acme and the acquired Globex),
 * analyzed twice: first with ownerless-nhi only at {@link #FIRST}, then with every rule at
 * {@link #NOW}, so the latest run is the full one and a finding of both runs was first seen at FIRST.
 */
final class ExampleAnalysis {

    static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-10-25T00:00:00Z");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-01T00:00:00Z");
    /** The runs' ids, known once {@link #load()} stored them: ids carry a random suffix. */
    static String FIRST_RUN;
    static String LATEST_RUN;
    static final String DATABASE = "neo4j";

    private ExampleAnalysis() {
    }

    /** Empties the shared Neo4j, loads the example bundle and stores both runs. */
    static Driver load() {
        TestNeo4j neo4j = TestNeo4j.get();
        neo4j.clean();
        Driver driver = neo4j.driver();
        new BundleLoader(driver, DATABASE, 1000, IngestListener.NONE).ingest(List.of(Path.of("../examples/bundle")));
        FIRST_RUN = analyze(driver, List.of(new OwnerlessNhiRule()), FIRST);
        LATEST_RUN = analyze(driver, Rules.all(), NOW);
        return driver;
    }

    /** Writes a test's own additions to the graph; {@code $run} is the given run id. */
    static void write(String cypher, String run) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("run", run);
        TestNeo4j.get().driver().executableQuery(cypher).withParameters(parameters).execute();
    }

    static String analyze(Driver driver, List<Rule> rules, OffsetDateTime now) {
        AnalysisResult result = new Analyzer(new Neo4jGraphReader(driver, DATABASE)).run(rules, AnalysisSettings.defaults(now));
        new AnalysisStore(driver, DATABASE).store(result, null, rules.stream().map(rule -> rule.info().id()).toList());
        return result.runId();
    }
}
