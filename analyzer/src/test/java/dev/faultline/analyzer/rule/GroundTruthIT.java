package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.run.Analyzer;
import dev.faultline.analyzer.run.Neo4jGraphReader;
import dev.faultline.ingest.generate.GeneratorSettings;
import dev.faultline.ingest.generate.SyntheticEnterprise;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * Ground truth: a generated enterprise is analyzed with every rule at the generator's reference
 * instant, and the findings must be exactly those its truth.json lists: 100% recall and 100%
 * precision per rule on (rule, subject, target), with the listed severity and accountable owner.
 */
class GroundTruthIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is compared: the finding's identity and the facts truth.json states about it. */
    private record Row(String key, String rule, String subject, String target, String severity, String ownerKey,
                       String ownerStatus, String why) {

        String identity() {
            return rule + " " + subject + (target == null ? "" : " -> " + target);
        }

        String facts() {
            return severity + " owner=" + ownerKey + "(" + ownerStatus + ")";
        }
    }

    @ParameterizedTest(name = "{0} tenants, {1} identities, seed {2}")
    @CsvSource({"4, 3000, 7", "6, 3000, 11", "2, 1500, 3", "8, 4000, 42"})
    void findsExactlyWhatWasPlanted(int tenants, int identities, long seed, @TempDir Path dir) throws IOException {
        new SyntheticEnterprise().generate(new GeneratorSettings(tenants, identities, seed), dir);
        JsonNode truth = JSON.readTree(dir.resolve("truth.json").toFile());
        OffsetDateTime now = OffsetDateTime.parse(truth.get("generator").get("reference").asText());
        TestNeo4j neo4j = TestNeo4j.get();
        neo4j.clean();
        new BundleLoader(neo4j.driver(), "neo4j", 10_000, IngestListener.NONE).ingest(List.of(dir));

        AnalysisResult result = new Analyzer(new Neo4jGraphReader(neo4j.driver(), "neo4j"))
                .run(Rules.all(), AnalysisSettings.defaults(now));

        Map<String, Row> expected = expected(truth);
        Map<String, Row> actual = result.findings().stream().collect(Collectors.toMap(Finding::key, GroundTruthIT::row));
        report(tenants, identities, seed, expected, actual);
        List<String> problems = new ArrayList<>();
        expected.values().stream().filter(e -> !actual.containsKey(e.key()))
                .forEach(e -> problems.add("missed     " + e.identity() + " " + e.facts() + " (" + e.why() + ")"));
        actual.values().stream().filter(a -> !expected.containsKey(a.key()))
                .forEach(a -> problems.add("unexpected " + a.identity() + " " + a.facts()));
        expected.values().stream().filter(e -> actual.containsKey(e.key()) && !actual.get(e.key()).facts().equals(e.facts()))
                .forEach(e -> problems.add("different  " + e.identity() + ": expected " + e.facts() + ", found "
                        + actual.get(e.key()).facts() + " (" + e.why() + ")"));
        assertThat(problems).as("findings against truth.json (%d expected, %d found)", expected.size(), actual.size())
                .isEmpty();
    }

    private static Map<String, Row> expected(JsonNode truth) {
        Map<String, Row> rows = new TreeMap<>();
        for (JsonNode e : truth.get("expected")) {
            String rule = e.get("rule").asText();
            String subject = e.get("subject").asText();
            String target = e.get("target").isNull() ? null : e.get("target").asText();
            String key = PatternRule.key(rule, subject, target);
            JsonNode owner = e.get("owner");
            rows.put(key, new Row(key, rule, subject, target, e.get("severity").asText(),
                    owner.get("key").isNull() ? null : owner.get("key").asText(), owner.get("status").asText(),
                    e.get("why").asText()));
        }
        return rows;
    }

    private static Row row(Finding f) {
        return new Row(f.key(), f.rule(), f.subjectKey(), null, f.severity().id(), f.owner().key(), f.owner().status(), null);
    }

    /** Prints recall and precision per rule. */
    private static void report(int tenants, int identities, long seed, Map<String, Row> expected, Map<String, Row> actual) {
        Map<String, int[]> perRule = new TreeMap<>();
        expected.values().forEach(e -> perRule.computeIfAbsent(e.rule(), r -> new int[3])[0]++);
        actual.values().forEach(a -> perRule.computeIfAbsent(a.rule(), r -> new int[3])[1]++);
        expected.values().stream().filter(e -> actual.containsKey(e.key()))
                .forEach(e -> perRule.get(e.rule())[2]++);
        StringBuilder out = new StringBuilder(String.format("ground truth, %d tenants, %d identities, seed %d%n",
                tenants, identities, seed));
        perRule.forEach((rule, n) -> out.append(String.format("  %-26s expected %5d found %5d recall %6.1f%% precision %6.1f%%%n",
                rule, n[0], n[1], n[0] == 0 ? 100.0 : 100.0 * n[2] / n[0], n[1] == 0 ? 100.0 : 100.0 * n[2] / n[1])));
        System.out.print(out);
    }
}
