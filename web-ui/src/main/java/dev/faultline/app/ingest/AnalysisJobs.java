package dev.faultline.app.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.faultline.analyzer.rule.Rule;
import dev.faultline.app.scoring.AnalysisFailedException;
import dev.faultline.app.scoring.AnalysisService;
import dev.faultline.app.scoring.GraphBusyException;
import dev.faultline.app.scoring.GraphWork;
import dev.faultline.app.scoring.StoredAnalysis;

/**
 * Analyses started from the Ingest page: the same analyze-and-store {@link AnalysisService} as
 * {@code faultline analyze} and the schedule, over the whole graph with every rule, in the
 * background, holding the server's {@link GraphWork}: none starts while a file loads or another
 * analysis (scheduled or not) runs.
 */
public final class AnalysisJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisJobs.class);

    private final Supplier<AnalysisService> service;
    private final GraphWork work;
    private final List<Rule> rules;
    private final Clock clock;
    private final BackgroundThread worker = new BackgroundThread("faultline-ui-analysis");
    private final Map<String, AnalysisJob> jobs = new LinkedHashMap<>();

    /** @param work the server's work on the graph, which the uploads' loads hold too */
    public AnalysisJobs(Supplier<AnalysisService> service, GraphWork work, List<Rule> rules, Clock clock) {
        this.service = service;
        this.work = work;
        this.rules = List.copyOf(rules);
        this.clock = clock;
    }

    /**
     * Starts an analysis in the background.
     *
     * @throws GraphBusyException when a load or another analysis runs
     */
    public AnalysisJob start() {
        work.enter(GraphWork.Kind.ANALYSIS, "started from the Ingest page");
        AnalysisJob job = AnalysisJob.started("analysis-" + Long.toHexString(System.nanoTime()));
        put(job);
        try {
            worker.execute(() -> analyze(job));
        } catch (RuntimeException e) {
            work.leave();
            throw e;
        }
        return job;
    }

    private void analyze(AnalysisJob job) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        try {
            StoredAnalysis stored = service.get().analyze(rules, null, now, null);
            put(job.succeeded(stored.result().runId(), stored.result().findings().size(),
                    stored.result().scores().organization().score()));
            LOG.info("Analysis {} started from the Ingest page: {} findings", stored.result().runId(),
                    stored.result().findings().size());
        } catch (AnalysisFailedException e) {
            put(job.failed(e.runId(), e.getMessage()));
            LOG.warn("Analysis started from the Ingest page failed: {}", e.getMessage());
        } catch (RuntimeException e) {
            put(job.failed(null, IngestFailure.rootMessage(e)));
            LOG.warn("Analysis started from the Ingest page failed: {}", IngestFailure.rootMessage(e), e);
        } finally {
            work.leave();
        }
    }

    private synchronized void put(AnalysisJob job) {
        jobs.remove(job.id());
        jobs.put(job.id(), job);
        while (jobs.size() > IngestJobs.KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
    }

    public synchronized Optional<AnalysisJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The last analysis started from the page; empty when none was. */
    public synchronized Optional<AnalysisJob> latest() {
        return jobs.values().stream().max(java.util.Comparator.comparing(AnalysisJob::startedAt));
    }

    @Override
    public void close() {
        worker.close();
    }
}
