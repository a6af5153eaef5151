package dev.faultline.app.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.faultline.app.scoring.AnalysisGate;

/**
 * The server's uploads, loaded in the background one at a time: a second one while a load or an
 * analysis runs is refused with {@link JobBusyException}. Keeps the last {@value #KEPT} jobs in
 * memory, so the page can show a load that failed before it wrote anything (and so recorded no
 * ingest run).
 */
public final class IngestJobs implements AutoCloseable {

    /** Jobs remembered, newest first. */
    public static final int KEPT = 20;
    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);
    private static final int SHUTDOWN_WAIT_SECONDS = 120;

    private final Supplier<Ingestion> ingestion;
    private final AnalysisGate analyses;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "faultline-ingest");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<IngestJob> jobs = new ArrayDeque<>();

    /**
     * @param ingestion made when the first job runs (the connection opens lazily)
     * @param analyses  the process's analyses: no load starts while one runs
     */
    public IngestJobs(Supplier<Ingestion> ingestion, AnalysisGate analyses) {
        this.ingestion = ingestion;
        this.analyses = analyses;
    }

    /** The process's analyses, which no load overlaps. */
    public AnalysisGate analyses() {
        return analyses;
    }

    /** Why a load cannot start now; empty when it can. */
    public synchronized Optional<String> busy() {
        Optional<IngestJob> running = jobs.stream().filter(IngestJob::isRunning).findFirst();
        if (running.isPresent()) {
            return Optional.of("Another file is loading (" + running.get().state().fileName()
                    + "): wait until it finishes, then upload again.");
        }
        if (analyses.isRunning()) {
            return Optional.of("An analysis is running: wait until it finishes, then upload again.");
        }
        return Optional.empty();
    }

    /** A new job id, also the name of the upload's directory. */
    public static String newId() {
        return "upload-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /**
     * Starts loading {@code file} in the background.
     *
     * @param cleanup run when the load ends, however it ends (removes the uploaded file)
     * @throws JobBusyException when a load or an analysis runs; {@code cleanup} is not run
     */
    public synchronized IngestJob submit(String id, Path file, String fileName, Runnable cleanup) {
        busy().ifPresent(reason -> {
            throw new JobBusyException(reason);
        });
        IngestJob job = new IngestJob(id, fileName);
        jobs.addFirst(job);
        while (jobs.size() > KEPT) {
            jobs.removeLast();
        }
        executor.execute(() -> load(job, file, cleanup));
        return job;
    }

    private void load(IngestJob job, Path file, Runnable cleanup) {
        try {
            job.succeeded(ingestion.get().ingest(List.of(file), job));
            LOG.info("Upload {} ({}) loaded", job.id(), job.state().fileName());
        } catch (RuntimeException e) {
            IngestFailure failure = IngestFailure.of(e).relativeTo(file.toAbsolutePath().getParent());
            job.failed(failure);
            LOG.warn("Upload {} ({}) failed: {}", job.id(), job.state().fileName(), failure.lines().get(0));
        } finally {
            cleanup.run();
        }
    }

    public synchronized Optional<IngestJobState> find(String id) {
        return jobs.stream().filter(job -> job.id().equals(id)).findFirst().map(IngestJob::state);
    }

    /** The remembered jobs, newest first. */
    public synchronized List<IngestJobState> recent() {
        return jobs.stream().map(IngestJob::state).toList();
    }

    /** Whether a load runs now. */
    public synchronized boolean isLoading() {
        return jobs.stream().anyMatch(IngestJob::isRunning);
    }

    /** Lets a load that runs finish (up to two minutes), then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
