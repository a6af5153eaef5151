package dev.faultline.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.faultline.analyzer.finding.Hop;

/** The evidence pack's reads on the example bundle loaded once and analyzed twice. */
class EvidenceReadsIT {

    private static Driver driver;
    private static EvidenceReads reads;

    @BeforeAll
    static void analyzeTheExample() {
        driver = ExampleAnalysis.load();
        reads = new EvidenceReads(driver, ExampleAnalysis.DATABASE);
    }

    private static List<String> strings(String cypher) {
        return driver.executableQuery(cypher).withParameters(Map.of("run", ExampleAnalysis.LATEST_RUN)).execute()
                .records().stream().map(r -> r.get(0).asString()).toList();
    }

    @Test
    void listsEveryFindingOfTheRunByRuleThenKeyWithOwnersAndStandards() {
        List<ReportFinding> findings = reads.findings(ExampleAnalysis.LATEST_RUN);

        assertThat(findings).extracting(ReportFinding::key).containsExactlyElementsOf(strings(
                "MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding) RETURN f.key ORDER BY f.rule, f.key"));
        assertThat(findings).hasSize(34).allSatisfy(f -> {
            assertThat(f.standards()).isNotEmpty();
            assertThat(f.ownerStatus()).isIn("active", "disabled", "departed", "missing");
        });
        assertThat(reads.findings(ExampleAnalysis.FIRST_RUN)).hasSize(4)
                .allSatisfy(f -> assertThat(f.rule()).isEqualTo("ownerless-nhi"));
        assertThat(reads.findings("no-such-run")).isEmpty();
        assertThatThrownBy(() -> reads.findings(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsThePathsOfTheRequestedFindingsOfTheRunOnly() {
        List<String> bypass = strings("MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding {rule: 'legacy-auth-bypass'}) "
                + "RETURN f.key ORDER BY f.key");

        Map<String, List<Hop>> paths = reads.paths(ExampleAnalysis.LATEST_RUN, List.of(bypass.get(0), "not-a-finding"));

        assertThat(paths).containsOnlyKeys(bypass.get(0));
        assertThat(paths.get(bypass.get(0))).hasSizeGreaterThan(1).anySatisfy(hop -> assertThat(hop.weak()).isTrue());
        assertThat(reads.paths(ExampleAnalysis.LATEST_RUN, List.of())).isEmpty();
    }

    @Test
    void readsTheIngestRunsWithEachInputFilesSha256() throws Exception {
        String id = driver.executableQuery("MATCH (ir:IngestRun) RETURN ir.id").execute().records().get(0).get(0).asString();

        List<IngestRunInputs> runs = reads.ingestRuns(List.of(id, "no-such-ingest-run"));

        String identities = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(Path.of("../examples/bundle/identities.csv"))));
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.source()).isEqualTo("acme-merger-register");
            assertThat(run.status()).isEqualTo("succeeded");
            assertThat(run.contentHash()).matches("[0-9a-f]{64}");
            assertThat(run.inputHashes()).contains(identities + "  identities.csv");
            assertThat(run.inputs()).singleElement().satisfies(input -> assertThat(input).endsWith("bundle"));
        });
        assertThat(reads.ingestRuns(List.of())).isEmpty();
    }
}
