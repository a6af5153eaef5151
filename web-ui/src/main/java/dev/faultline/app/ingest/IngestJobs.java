package dev.faultline.app.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.faultline.app.scoring.GraphBusyException;
import dev.faultline.app.scoring.GraphWork;

/**
 * The server's uploads, loaded in the background one at a time: each load holds the server's
 * {@link GraphWork}, so a second one, or one while an analysis runs, is refused with
 * {@link GraphBusyException}, and no analysis starts while a file loads. Keeps the last
 * {@value #KEPT} jobs in memory, so the page can show a load that failed before it wrote anything
 * (and so recorded no ingest run).
 */
public final class IngestJobs implements AutoCloseable {

    /** Jobs remembered, newest first. */
    public static final int KEPT = 20;
    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);

    private final Supplier<Ingestion> ingestion;
    private final GraphWork work;
    private final BackgroundThread worker = new BackgroundThread("faultline-ingest");
    private final Deque<IngestJob> jobs = new ArrayDeque<>();

    /**
     * @param ingestion made when the first job runs (the connection opens lazily)
     * @param work      the server's work on the graph: a load holds it while it runs
     */
    public IngestJobs(Supplier<Ingestion> ingestion, GraphWork work) {
        this.ingestion = ingestion;
        this.work = work;
    }

    /** Why a load cannot start now; empty when it can. */
    public Optional<String> busy() {
        return work.holder().map(GraphWork.Holder::reason);
    }

    /** A new job id, also the name of the upload's directory. */
    public static String newId() {
        return "upload-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /**
     * Starts loading {@code file} in the background.
     *
     * @param cleanup run when the load ends, however it ends (removes the uploaded file)
     * @throws GraphBusyException when a load or an analysis runs; {@code cleanup} is not run
     */
    public synchronized IngestJob submit(String id, Path file, String fileName, Runnable cleanup) {
        work.enter(GraphWork.Kind.LOAD, fileName);
        IngestJob job = new IngestJob(id, fileName);
        try {
            worker.execute(() -> load(job, file, cleanup));
        } catch (RuntimeException e) {
            work.leave();
            throw e;
        }
        jobs.addFirst(job);
        while (jobs.size() > KEPT) {
            jobs.removeLast();
        }
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
            work.leave();
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

    /** Lets a load that runs finish (up to two minutes), then stops. */
    @Override
    public void close() {
        worker.close();
    }
}
