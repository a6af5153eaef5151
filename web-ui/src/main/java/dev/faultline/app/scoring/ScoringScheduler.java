package dev.faultline.app.scoring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import dev.faultline.analyzer.rule.Rule;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.RunDiffs;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.ingest.load.IngestResult;

/**
 * The server's scheduled analysis: on a cron expression, ingests the configured paths (if any),
 * analyzes and stores the run, then posts the new high and critical findings to the webhook (if
 * one is configured). It holds the server's {@link GraphWork}: a trigger while an analysis is going
 * is skipped and logged; one while an upload loads waits for the load (up to an hour) so that the
 * run sees the loaded data. A failed run is stored as failed and logged; the schedule goes on.
 */
public final class ScoringScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringScheduler.class);
    /** How long {@link #close()} lets a run that is going finish before it is interrupted. */
    private static final int SHUTDOWN_WAIT_SECONDS = 120;
    /** How long a trigger waits for an upload's load to finish before it is skipped. */
    static final Duration LOAD_PATIENCE = Duration.ofHours(1);

    /** What a trigger did. */
    public enum Status { SUCCEEDED, FAILED, SKIPPED }

    /**
     * @param runId the stored AnalysisRun; null when skipped or when even the failure could not be stored
     * @param error why it failed or was skipped; null when it succeeded
     */
    public record Outcome(Status status, String runId, String error) {
    }

    /** The database to use, looked up at each run (the connection opens lazily). */
    public record Target(Driver driver, String database) {
    }

    /**
     * @param cron        Spring cron expression; blank: {@link #start()} schedules nothing
     * @param ingestPaths bundles or exports ingested before each run
     * @param batchSize   ingest rows per write transaction
     * @param webhook     where new high and critical findings go; empty for nowhere
     * @param targetDays  the remediation target, for the findings' ages in the notification
     */
    public record Settings(String cron, List<Path> ingestPaths, int batchSize, Optional<WebhookNotifier> webhook,
            int targetDays) {

        public Settings {
            ingestPaths = List.copyOf(ingestPaths);
        }
    }

    private final Settings settings;
    private final Supplier<Target> target;
    private final List<Rule> rules;
    private final Clock clock;
    private final GraphWork work;
    private ThreadPoolTaskScheduler scheduler;

    public ScoringScheduler(Settings settings, Supplier<Target> target, List<Rule> rules, Clock clock) {
        this(settings, target, rules, clock, new GraphWork());
    }

    /** @param work the server's work on the graph, so that no load or other analysis overlaps a scheduled run */
    public ScoringScheduler(Settings settings, Supplier<Target> target, List<Rule> rules, Clock clock, GraphWork work) {
        this.work = work;
        this.settings = settings;
        this.target = target;
        this.rules = List.copyOf(rules);
        this.clock = clock;
    }

    /** Schedules {@link #trigger()} on the cron expression; does nothing when it is blank. */
    public synchronized void start() {
        if (settings.cron() == null || settings.cron().isBlank() || scheduler != null) {
            return;
        }
        CronTrigger cron = new CronTrigger(settings.cron().strip(), ZoneOffset.UTC);
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("faultline-scoring-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(SHUTDOWN_WAIT_SECONDS);
        scheduler.initialize();
        scheduler.schedule(this::trigger, cron);
        LOG.info("Scheduled analysis on cron '{}' (UTC){}", settings.cron().strip(),
                settings.ingestPaths().isEmpty() ? "" : " after ingesting " + settings.ingestPaths());
    }

    /**
     * Runs one scheduled run now, after the upload that is loading if one is, unless an analysis is
     * going. Never throws: a failure is stored and logged.
     */
    public Outcome trigger() {
        try {
            work.enterAfterLoad("scheduled", LOAD_PATIENCE);
        } catch (GraphBusyException e) {
            LOG.warn("Scheduled analysis skipped: {}", e.getMessage());
            return new Outcome(Status.SKIPPED, null, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Scheduled analysis skipped: the server is stopping");
            return new Outcome(Status.SKIPPED, null, "The server is stopping");
        }
        try {
            return runOnce();
        } finally {
            work.leave();
        }
    }

    private Outcome runOnce() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Target neo4j;
        try {
            neo4j = target.get();
        } catch (RuntimeException e) {
            LOG.error("Scheduled analysis failed: no database: {}", AnalysisFailedException.message(e), e);
            return new Outcome(Status.FAILED, null, AnalysisFailedException.message(e));
        }
        AnalysisService service = new AnalysisService(neo4j.driver(), neo4j.database());
        RunDiffs diffs = new RunDiffs(neo4j.driver(), neo4j.database());
        try {
            Optional<AnalysisRunSummary> previous = diffs.run(RunDiffs.LATEST);
            List<String> ingested = ingest(neo4j, service, now);
            StoredAnalysis stored = service.analyze(rules, null, now, ingested);
            LOG.info("Scheduled analysis {}: {} findings, organization score {}", stored.result().runId(),
                    stored.result().findings().size(), stored.result().scores().organization().score());
            settings.webhook().ifPresent(webhook -> notify(webhook, diffs, previous, stored));
            return new Outcome(Status.SUCCEEDED, stored.result().runId(), null);
        } catch (AnalysisFailedException e) {
            LOG.error("Scheduled analysis failed: {}", e.getMessage(), e);
            return new Outcome(Status.FAILED, e.runId(), AnalysisFailedException.message(e.getCause()));
        } catch (RuntimeException e) {
            LOG.error("Scheduled analysis failed before it ran: {}", AnalysisFailedException.message(e), e);
            return new Outcome(Status.FAILED, null, AnalysisFailedException.message(e));
        }
    }

    /** @return the ids of the ingest runs, or null (those since the previous analysis) when nothing is configured */
    private List<String> ingest(Target neo4j, AnalysisService service, OffsetDateTime now) {
        if (settings.ingestPaths().isEmpty()) {
            return null;
        }
        try {
            return new BundleLoader(neo4j.driver(), neo4j.database(), settings.batchSize(), IngestListener.NONE)
                    .ingest(settings.ingestPaths()).stream().map(IngestResult::runId).toList();
        } catch (RuntimeException e) {
            throw service.recordFailure(now, null, rules.stream().map(r -> r.info().id()).toList(), List.of(),
                    new IllegalStateException("ingest of " + settings.ingestPaths() + " failed: "
                            + AnalysisFailedException.message(e), e));
        }
    }

    private void notify(WebhookNotifier webhook, RunDiffs diffs, Optional<AnalysisRunSummary> previous,
            StoredAnalysis stored) {
        try {
            AnalysisRunSummary current = diffs.run(stored.result().runId()).orElseThrow();
            String json = NewFindingsNotice.json(diffs.diff(previous.orElse(null), current, settings.targetDays()));
            if (json != null) {
                webhook.deliver(json);
            }
        } catch (RuntimeException e) {
            LOG.error("Webhook notice for {} not sent: {}", stored.result().runId(), e.getMessage(), e);
        }
    }

    /** Stops the schedule; a run that is going may finish first (up to two minutes). */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }
}
