package dev.faultline.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.faultline.app.FaultlineApplication;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.RunReads;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/** The server's schedule as configured: {@code faultline.scoring.cron} every second runs and stores analyses. */
@SpringBootTest(classes = FaultlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class ScheduledScoringIT {

    @Autowired
    ScoringScheduler scheduler;

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        registry.add("faultline.neo4j.uri", TestNeo4j.get()::uri);
        registry.add("faultline.neo4j.password", TestNeo4j.get()::password);
        registry.add("faultline.scoring.cron", () -> "* * * * * *");
    }

    @BeforeAll
    static void loadTheExample() {
        TestNeo4j.get().clean();
        new BundleLoader(TestNeo4j.get().driver(), "neo4j", 1000, IngestListener.NONE)
                .ingest(List.of(ChangedBundle.EXAMPLE));
    }

    @Test
    void runsAndStoresTheAnalysisOnTheConfiguredCron() throws InterruptedException {
        RunReads runs = new RunReads(TestNeo4j.get().driver(), "neo4j");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (runs.analysisRuns(10).stream().noneMatch(AnalysisRunSummary::succeeded) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        scheduler.close();

        assertThat(runs.analysisRuns(10)).filteredOn(AnalysisRunSummary::succeeded).first()
                .extracting(AnalysisRunSummary::findings, AnalysisRunSummary::status).containsExactly(34L, "succeeded");
    }
}
