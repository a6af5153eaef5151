package dev.faultline.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.faultline.analyzer.score.RiskScore;
import dev.faultline.testsupport.TestNeo4j;

/** Run history after loading the example bundle once and analyzing it twice. */
class RunReadsIT {

    private static RunReads reads;

    @BeforeAll
    static void analyzeTheExample() {
        reads = new RunReads(ExampleAnalysis.load(), ExampleAnalysis.DATABASE);
    }

    @Test
    void listsAnalysisRunsNewestFirstWithCountsAndScoresParsed() {
        List<AnalysisRunSummary> runs = reads.analysisRuns(10);

        assertThat(runs).extracting(AnalysisRunSummary::id, AnalysisRunSummary::startedAt, AnalysisRunSummary::findings,
                AnalysisRunSummary::score, AnalysisRunSummary::status).containsExactly(
                tuple(ExampleAnalysis.LATEST_RUN, ExampleAnalysis.NOW, 34L, runs.get(0).organizationScore().score(), "succeeded"),
                tuple(ExampleAnalysis.FIRST_RUN, ExampleAnalysis.FIRST, 4L, 10, "succeeded"));
        AnalysisRunSummary first = runs.get(1);
        assertThat(first.rules()).containsExactly("ownerless-nhi");
        assertThat(first.counts()).isEqualTo(Map.of("ownerless-nhi", Map.of("high", 3L, "medium", 1L)));
        assertThat(first.organizationScore()).extracting(RiskScore::key, RiskScore::name, RiskScore::score, RiskScore::findings)
                .containsExactly("organization", "Acme Group", 10, 4);
        assertThat(first.tenantScores()).extracting(RiskScore::key, RiskScore::score, RiskScore::findings)
                .containsExactly(tuple("acme-entra", 23, 3), tuple("acme-aws-prod", 11, 1));
        assertThat(runs.get(0).counts().get("legacy-auth-bypass")).isEqualTo(Map.of("critical", 7L, "high", 4L));
        assertThat(runs.get(0).finishedAt()).isAfter(first.finishedAt());
        assertThat(reads.analysisRuns(1)).extracting(AnalysisRunSummary::id).containsExactly(ExampleAnalysis.LATEST_RUN);
    }

    @Test
    void readsTheRemediationPlanOfTheLatestRunOrOfARunById() {
        RunPlan latest = reads.plan(null).orElseThrow();

        assertThat(latest.run()).isEqualTo(ExampleAnalysis.LATEST_RUN);
        assertThat(latest.plan().cuts()).isNotEmpty();
        assertThat(latest.plan().totalCost()).isEqualTo(latest.plan().cuts().stream().mapToInt(c -> c.cost()).sum());
        assertThat(latest.plan().cuts()).allSatisfy(cut -> assertThat(cut.paths()).isNotEmpty());
        assertThat(reads.plan(" ")).contains(latest);
        assertThat(reads.plan(ExampleAnalysis.FIRST_RUN)).hasValueSatisfying(first -> assertThat(first.run())
                .isEqualTo(ExampleAnalysis.FIRST_RUN));
        assertThat(reads.plan("no-such-run")).isEmpty();
    }

    @Test
    void keepsTheLastPlansParsedAndIsNotSentTheirJsonAgain() {
        Driver driver = TestNeo4j.get().driver();
        RunReads fresh = new RunReads(driver, ExampleAnalysis.DATABASE);
        RunPlan first = fresh.plan(null).orElseThrow();

        assertThat(fresh.plan(null)).get().isSameAs(first);
        assertThat(fresh.plan(first.run())).get().as("by id, the same run").isSameAs(first);
        assertThat(fresh.plan(ExampleAnalysis.FIRST_RUN)).get().isNotSameAs(first).isEqualTo(reads.plan(ExampleAnalysis.FIRST_RUN).orElseThrow());
        var sent = new ReadQueries(driver, ExampleAnalysis.DATABASE).run("ui/analysis-run-plan",
                ReadQueries.parameters("run", first.run(), "cached", List.of(first.run())));
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.get("planned").asBoolean()).isTrue();
            assertThat(r.get("planJson").isNull()).as("a plan the caller holds is not sent").isTrue();
        });
    }

    @Test
    void listsIngestRunsNewestFirst() {
        assertThat(reads.ingestRuns(10)).singleElement().satisfies(run -> {
            assertThat(run).extracting(IngestRunSummary::source, IngestRunSummary::status, IngestRunSummary::rows,
                    IngestRunSummary::error).containsExactly("acme-merger-register", "succeeded", 178L, null);
            assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
        });
    }

    @Test
    void refusesUnboundedHistory() {
        assertThatThrownBy(() -> reads.analysisRuns(0)).hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> reads.ingestRuns(501)).hasMessageContaining("between 1 and 500");
    }
}
