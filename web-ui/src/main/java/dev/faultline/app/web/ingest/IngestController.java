package dev.faultline.app.web.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

import dev.faultline.app.Blocking;
import dev.faultline.app.data.RunReads;
import dev.faultline.app.ingest.AnalysisJob;
import dev.faultline.app.ingest.AnalysisJobs;
import dev.faultline.app.ingest.IngestJobState;
import dev.faultline.app.ingest.IngestJobs;
import dev.faultline.app.scoring.GraphBusyException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Ingest page: {@code GET /ingest}; an upload ({@code POST /ingest/uploads}, multipart, field
 * {@value #FILE_FIELD}) streamed to the data directory and loaded in the background; its progress
 * as a fragment that polls itself ({@code GET /ingest/jobs/{id}}) and as JSON
 * ({@code GET /api/ingest/jobs/{id}}); the run history ({@code GET /ingest/history}); an analysis
 * ({@code POST /ingest/analysis}, then {@code GET /ingest/analysis/{id}}). Refusals (busy, too
 * large, no file) come back as the fragment with the reason, status 200, so htmx shows them.
 * Only in the server, like the jobs it uses ({@link IngestConfiguration}).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class IngestController {

    static final String VIEW = "ingest";
    static final String JOB = "ingest :: job";
    static final String ANALYSIS = "ingest :: analysis";
    static final String HISTORY = "ingest :: history";
    static final String FILE_FIELD = "file";
    /** The event the fragments of a finished job send, on which the history reloads. */
    static final String FINISHED_EVENT = "ingest-finished";
    static final int HISTORY_RUNS = 20;

    private final IngestJobs jobs;
    private final AnalysisJobs analyses;
    private final UploadStore uploads;
    private final ObjectProvider<RunReads> runs;

    IngestController(IngestJobs jobs, AnalysisJobs analyses, UploadStore uploads, ObjectProvider<RunReads> runs) {
        this.jobs = jobs;
        this.analyses = analyses;
        this.uploads = uploads;
        this.runs = runs;
    }

    @GetMapping("/ingest")
    Mono<Rendering> page() {
        return history().map(history -> Rendering.view(VIEW)
                .modelAttribute("history", history)
                .modelAttribute("maxUpload", UploadStore.describe(uploads.limit()))
                .modelAttribute("job", jobs.recent().stream().findFirst().orElse(null))
                .modelAttribute("analysis", analyses.latest().orElse(null))
                .build());
    }

    @PostMapping(path = "/ingest/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<Rendering> upload(@RequestBody Flux<PartEvent> parts) {
        Optional<String> busy = jobs.busy();
        if (busy.isPresent()) {
            return parts.doOnNext(part -> DataBufferUtils.release(part.content())).then(Mono.fromSupplier(() -> refused(busy.get())));
        }
        String id = IngestJobs.newId();
        return parts.windowUntil(PartEvent::isLast)
                .concatMap(part -> part.switchOnFirst((first, events) -> {
                    if (first.hasValue() && first.get() instanceof FilePartEvent file && FILE_FIELD.equals(file.name())
                            && !file.filename().isBlank()) {
                        return uploads.write(id, file.filename(), events.map(PartEvent::content))
                                .map(path -> new Received(file.filename(), path)).flux();
                    }
                    return events.doOnNext(event -> DataBufferUtils.release(event.content())).thenMany(Flux.<Received>empty());
                }))
                .collectList()
                .map(received -> start(id, received))
                .onErrorResume(UploadTooLargeException.class, e -> Mono.just(refused(e.getMessage())))
                .onErrorResume(IllegalArgumentException.class, e -> Mono.just(refused(e.getMessage())));
    }

    private Rendering start(String id, List<Received> received) {
        if (received.size() != 1) {
            uploads.delete(id);
            return refused(received.isEmpty() ? "Choose a file to upload." : "Upload one file at a time.");
        }
        Received file = received.get(0);
        try {
            IngestJobState job = jobs.submit(id, file.path(), file.name(), () -> uploads.delete(id)).state();
            return Rendering.view(JOB).modelAttribute("job", job).build();
        } catch (GraphBusyException e) {
            uploads.delete(id);
            return refused(e.getMessage());
        }
    }

    private static Rendering refused(String reason) {
        return Rendering.view(JOB).modelAttribute("uploadError", reason).build();
    }

    @GetMapping("/ingest/jobs/{id}")
    Rendering job(@PathVariable String id) {
        IngestJobState job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Rendering.Builder<?> view = Rendering.view(JOB).modelAttribute("job", job);
        return (job.running() ? view : view.header("HX-Trigger", FINISHED_EVENT)).build();
    }

    @GetMapping(path = "/api/ingest/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    IngestJobJson jobJson(@PathVariable String id) {
        return jobs.find(id).map(IngestJobJson::of).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/ingest/history")
    Mono<Rendering> historyFragment() {
        return history().map(history -> Rendering.view(HISTORY).modelAttribute("history", history).build());
    }

    @PostMapping("/ingest/analysis")
    Rendering analyze() {
        try {
            return Rendering.view(ANALYSIS).modelAttribute("analysis", analyses.start()).build();
        } catch (GraphBusyException e) {
            return Rendering.view(ANALYSIS).modelAttribute("analysisError", e.getMessage())
                    .modelAttribute("analysis", analyses.latest().orElse(null)).build();
        }
    }

    @GetMapping("/ingest/analysis/{id}")
    Rendering analysis(@PathVariable String id) {
        AnalysisJob job = analyses.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Rendering.Builder<?> view = Rendering.view(ANALYSIS).modelAttribute("analysis", job);
        return (job.running() ? view : view.header("HX-Trigger", FINISHED_EVENT)).build();
    }

    private Mono<IngestHistory> history() {
        return Blocking.call(() -> {
            RunReads reads = runs.getObject();
            return IngestHistory.of(reads.ingestRuns(HISTORY_RUNS), jobs.recent(), reads.analysisRuns(HISTORY_RUNS));
        });
    }

    private record Received(String name, Path path) {
    }
}
