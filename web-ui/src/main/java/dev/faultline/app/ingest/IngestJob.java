package dev.faultline.app.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.ingest.load.IngestListener;
import dev.faultline.ingest.load.IngestResult;

/**
 * One upload being loaded in the background: told of the ingest's progress on the loading thread,
 * read by the page's requests through {@link #state()}.
 */
public final class IngestJob implements IngestListener {

    private final String id;
    private final String fileName;
    private final OffsetDateTime startedAt = now();
    private final List<IngestJobState.PhaseProgress> phases = new ArrayList<>();
    private final Map<String, Long> links = new LinkedHashMap<>();
    private IngestJobState.Status status = IngestJobState.Status.RUNNING;
    private String currentFile;
    private long done;
    private long total = -1;
    private OffsetDateTime finishedAt;
    private List<IngestJobState.LoadedRun> runs = List.of();
    private IngestFailure failure;

    IngestJob(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    public String id() {
        return id;
    }

    @Override
    public synchronized void phase(String source, String phase) {
        phases.add(new IngestJobState.PhaseProgress(phase, source, 0, 0, null));
        currentFile = null;
        done = 0;
        total = -1;
    }

    @Override
    public synchronized void progress(String file, long rowsDone, long rowsTotal) {
        currentFile = file;
        done = rowsDone;
        total = rowsTotal;
        if (!phases.isEmpty()) {
            IngestJobState.PhaseProgress last = phases.remove(phases.size() - 1);
            phases.add(new IngestJobState.PhaseProgress(last.name(), last.source(), last.updates() + 1, rowsDone, rowsTotal));
        }
    }

    @Override
    public synchronized void resolved(Map<String, Long> linksByRule) {
        links.putAll(linksByRule);
    }

    synchronized void succeeded(List<IngestResult> results) {
        runs = results.stream().map(r -> new IngestJobState.LoadedRun(r.runId(), r.source(),
                r.rowsPerFile().values().stream().mapToLong(Long::longValue).sum(), r.nodesCreated(),
                r.relationshipsCreated(), r.tenants())).toList();
        status = IngestJobState.Status.SUCCEEDED;
        finishedAt = now();
    }

    synchronized void failed(IngestFailure why) {
        failure = why;
        status = IngestJobState.Status.FAILED;
        finishedAt = now();
    }

    synchronized boolean isRunning() {
        return status == IngestJobState.Status.RUNNING;
    }

    /** What the job has done so far, a copy. */
    public synchronized IngestJobState state() {
        IngestJobState.PhaseProgress current = phases.isEmpty() ? null : phases.get(phases.size() - 1);
        return new IngestJobState(id, fileName, status, current == null ? null : current.name(),
                current == null ? null : current.source(), currentFile, done, total < 0 ? null : total,
                startedAt, finishedAt, runs, failure, phases, links);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
