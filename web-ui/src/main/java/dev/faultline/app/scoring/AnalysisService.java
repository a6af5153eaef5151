package dev.faultline.app.scoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.run.AnalysisStore;
import dev.faultline.analyzer.run.Analyzer;
import dev.faultline.analyzer.run.Neo4jGraphReader;
import dev.faultline.app.data.RunSnapshot;

/**
 * Analyze and store, the one sequence behind {@code faultline analyze} and the scheduled runs:
 * runs the rules, stores the AnalysisRun with its counts, scores and the ingest runs it saw, then
 * its findings, then the {@link RunSnapshot} of the tenants and the exceptions register its evidence
 * pack shows (a snapshot that cannot be taken is logged; the pack then reads the graph). A run that fails is stored with status {@code failed} and its error, and the
 * failure is thrown as {@link AnalysisFailedException}.
 */
public final class AnalysisService {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    private final Driver driver;
    private final String database;

    public AnalysisService(Driver driver, String database) {
        if (driver == null) {
            throw new IllegalArgumentException("driver is required");
        }
        this.driver = driver;
        this.database = database;
    }

    /**
     * @param tenant     only findings about this tenant's objects; null for the whole graph
     * @param now        the instant the rules treat as now, also the run's start
     * @param ingestRuns the ingest runs this run saw; null for those that succeeded since the previous analysis
     */
    public StoredAnalysis analyze(List<Rule> rules, String tenant, OffsetDateTime now, List<String> ingestRuns) {
        AnalysisStore store = new AnalysisStore(driver, database);
        List<String> ruleIds = rules.stream().map(rule -> rule.info().id()).toList();
        List<String> seen = List.of();
        try {
            seen = ingestRuns != null ? ingestRuns : store.ingestRunsSinceLastAnalysis();
            AnalysisSettings defaults = AnalysisSettings.defaults(now);
            AnalysisSettings settings = new AnalysisSettings(now, tenant, defaults.maxSecretAgeDays(),
                    defaults.unusedDays(), defaults.leakRemediationDays(), defaults.maxBreakGlass());
            AnalysisResult result = new Analyzer(new Neo4jGraphReader(driver, database)).run(rules, settings);
            Map<String, OffsetDateTime> firstSeen = store.store(result, tenant, ruleIds, seen);
            snapshot(result.runId(), now, tenant);
            return new StoredAnalysis(result, firstSeen, seen);
        } catch (RuntimeException e) {
            throw recordFailure(now, tenant, ruleIds, seen, e);
        }
    }

    private void snapshot(String run, OffsetDateTime now, String tenant) {
        long start = System.nanoTime();
        try {
            RunSnapshot snapshot = RunSnapshot.take(driver, database, run, now, tenant);
            LOG.info("Analysis run {}: snapshot of {} tenants and {} exceptions stored in {} ms", run, snapshot.tenants().size(),
                    snapshot.exceptions().exceptions().size(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Analysis run {} is stored, but not the snapshot its evidence pack would show: {}", run,
                    AnalysisFailedException.message(e), e);
        }
    }

    /**
     * Stores a run that failed (in the analysis or before it, e.g. in its ingest) and returns the
     * exception to throw; when even that store fails, its error is suppressed into the returned one.
     */
    public AnalysisFailedException recordFailure(OffsetDateTime now, String tenant, List<String> ruleIds,
            List<String> ingestRuns, RuntimeException error) {
        try {
            String runId = new AnalysisStore(driver, database).storeFailure(now, tenant, ruleIds, ingestRuns,
                    AnalysisFailedException.message(error));
            return new AnalysisFailedException(runId, error);
        } catch (RuntimeException storeFailed) {
            error.addSuppressed(storeFailed);
            return new AnalysisFailedException(null, error);
        }
    }
}
