package dev.faultline.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.DiffFinding;
import dev.faultline.app.data.RunDiff;
import dev.faultline.app.data.RunDiffs;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * Issue 6, part 2: the example analyzed on 1 October, then ingested again a month later with one
 * problem gone and one new, and analyzed on 1 November; the diff of the two runs is exact.
 */
class RunDiffIT {

    static final OffsetDateTime A = OffsetDateTime.parse("2026-10-01T00:00:00Z");
    static final OffsetDateTime B = OffsetDateTime.parse("2026-11-01T00:00:00Z");

    @TempDir
    static Path temp;

    private static StoredAnalysis first;
    private static StoredAnalysis second;
    private static RunDiffs diffs;

    @BeforeAll
    static void analyzeBeforeAndAfterTheChange() {
        TestNeo4j neo4j = TestNeo4j.get();
        neo4j.clean();
        BundleLoader loader = new BundleLoader(neo4j.driver(), "neo4j", 1000, IngestListener.NONE);
        AnalysisService service = new AnalysisService(neo4j.driver(), "neo4j");
        loader.ingest(List.of(ChangedBundle.EXAMPLE));
        first = service.analyze(Rules.all(), null, A, null);
        loader.ingest(List.of(ChangedBundle.writeTo(temp.resolve("changed"))));
        second = service.analyze(Rules.all(), null, B, null);
        diffs = new RunDiffs(neo4j.driver(), "neo4j");
    }

    @Test
    void findsExactlyTheNewTheResolvedAndThePersistingFindingsWithTheirAges() {
        RunDiff diff = diffs.diff(first.result().runId(), second.result().runId(), 30);

        assertThat(diff.added()).extracting(DiffFinding::rule, DiffFinding::severity, DiffFinding::subject,
                DiffFinding::tenant, DiffFinding::firstSeen, DiffFinding::ageDays, DiffFinding::overdue)
                .containsExactly(tuple("ownerless-nhi", "high", ChangedBundle.NEW_BOT, "acme-entra", B, 0L, false));
        assertThat(diff.resolved()).extracting(DiffFinding::rule, DiffFinding::severity, DiffFinding::subject,
                DiffFinding::tenant, DiffFinding::firstSeen, DiffFinding::ageDays, DiffFinding::overdue)
                .containsExactly(tuple("ownerless-exception", "high", "acme-entra/x/ex-003", "acme-entra", A, 31L, true));
        assertThat(diff.added()).extracting(DiffFinding::ownerName, DiffFinding::ownerStatus)
                .containsExactly(tuple(null, "missing"));
        Set<String> before = keys(first.result().findings());
        Set<String> after = keys(second.result().findings());
        assertThat(diff.added()).extracting(DiffFinding::key).containsExactlyInAnyOrderElementsOf(minus(after, before));
        assertThat(diff.resolved()).extracting(DiffFinding::key).containsExactlyInAnyOrderElementsOf(minus(before, after));
        assertThat(diff.persisting()).extracting(DiffFinding::key)
                .containsExactlyInAnyOrderElementsOf(after.stream().filter(before::contains).toList())
                .hasSize(33);
        assertThat(diff.persisting()).allSatisfy(f -> assertThat(f).extracting(DiffFinding::firstSeen,
                DiffFinding::ageDays, DiffFinding::overdue).containsExactly(A, 31L, true));
    }

    @Test
    void flagsOverdueOnlyPastTheTarget() {
        RunDiff diff = diffs.diff("previous", "latest", 31);

        assertThat(diff.from().id()).isEqualTo(first.result().runId());
        assertThat(diff.to().id()).isEqualTo(second.result().runId());
        assertThat(diff.persisting()).extracting(DiffFinding::overdue).containsOnly(false);
    }

    @Test
    void namesTheLatestAndThePreviousSucceededRunAndRefusesAnUnknownOne() {
        assertThat(diffs.run("latest")).map(AnalysisRunSummary::id).contains(second.result().runId());
        assertThat(diffs.run("previous")).map(AnalysisRunSummary::id).contains(first.result().runId());
        assertThatThrownBy(() -> diffs.diff("analysis-nope", "latest", 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No analysis run 'analysis-nope'");
    }

    @Test
    void recordsTheIngestRunsEachAnalysisSawAndTheCountsPerTenant() {
        AnalysisRunSummary later = diffs.run("latest").orElseThrow();

        assertThat(later.ingestRuns()).hasSize(1).doesNotContainAnyElementsOf(first.ingestRuns());
        assertThat(later.tenantCounts().get("acme-entra")).isNotEmpty();
        assertThat(later.tenantCounts().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum())
                .isEqualTo(34);
    }

    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).collect(Collectors.toSet());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(k -> !b.contains(k)).collect(Collectors.toSet());
    }
}
