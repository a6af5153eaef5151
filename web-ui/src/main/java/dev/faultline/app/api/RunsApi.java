package dev.faultline.app.api;

import static dev.faultline.app.api.ApiParameters.parse;
import static dev.faultline.app.api.ApiParameters.required;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.faultline.app.Blocking;
import dev.faultline.app.FaultlineProperties;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.IngestRunSummary;
import dev.faultline.app.data.RunDiff;
import dev.faultline.app.data.RunDiffs;
import dev.faultline.app.data.RunPlan;
import dev.faultline.app.data.RunReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

/**
 * Run history: the analysis runs, one run, its remediation plan, the diff of two runs, the ingest
 * runs; and starting an analysis. A run is named by its id, {@code latest} or {@code previous}.
 */
@RestController
@Tag(name = "runs")
class RunsApi {

    private static final String RUN_NAME = "an analysis run id, latest or previous";

    private final ObjectProvider<RunReads> runs;
    private final ObjectProvider<RunDiffs> diffs;
    private final AnalysisLauncher launcher;
    private final int targetDays;

    RunsApi(ObjectProvider<RunReads> runs, ObjectProvider<RunDiffs> diffs, AnalysisLauncher launcher,
            FaultlineProperties properties) {
        this.runs = runs;
        this.diffs = diffs;
        this.launcher = launcher;
        this.targetDays = properties.remediation().targetDays();
    }

    @GetMapping("/api/runs")
    @Operation(summary = "The analysis runs, newest first")
    Mono<List<AnalysisRunSummary>> analysisRuns(
            @Parameter(description = "at most this many, 1 to 500") @RequestParam(name = "limit", defaultValue = "50") int limit) {
        checkLimit(limit);
        return Blocking.call(() -> runs.getObject().analysisRuns(limit));
    }

    @GetMapping("/api/runs/{id}")
    @Operation(summary = "One analysis run: counts, scores, status, the ingest runs it saw")
    Mono<AnalysisRunSummary> analysisRun(@Parameter(description = RUN_NAME) @PathVariable("id") String id) {
        return Blocking.call(() -> run(id, "id"));
    }

    @GetMapping("/api/runs/{id}/plan")
    @Operation(summary = "The remediation plan the run stored: cuts, choke points, paths")
    Mono<RunPlan> plan(@Parameter(description = RUN_NAME) @PathVariable("id") String id) {
        return Blocking.call(() -> {
            AnalysisRunSummary run = run(id, "id");
            return runs.getObject().plan(run.id())
                    .orElseThrow(() -> new ApiNotFoundException("The analysis run '" + run.id() + "' stored no plan"));
        });
    }

    @GetMapping("/api/runs/diff")
    @Operation(summary = "New, resolved and persisting findings between two runs, with age and overdue")
    Mono<RunDiff> diff(
            @Parameter(description = "the earlier run: " + RUN_NAME) @RequestParam(name = "a", defaultValue = RunDiffs.PREVIOUS) String a,
            @Parameter(description = "the later run: " + RUN_NAME) @RequestParam(name = "b", defaultValue = RunDiffs.LATEST) String b) {
        return Blocking.call(() -> diffs.getObject().diff(run(a, "a"), run(b, "b"), targetDays));
    }

    @GetMapping("/api/ingest/runs")
    @Operation(summary = "The ingest runs, newest first (analyst)")
    Mono<List<IngestRunSummary>> ingestRuns(
            @Parameter(description = "at most this many, 1 to 500") @RequestParam(name = "limit", defaultValue = "50") int limit) {
        checkLimit(limit);
        return Blocking.call(() -> runs.getObject().ingestRuns(limit));
    }

    @PostMapping("/api/ingest/analyze")
    @Operation(summary = "Run every rule and store the run; answers the stored run, 409 while one is running (analyst)")
    Mono<AnalysisRunSummary> analyze(
            @Parameter(description = "only findings about this tenant's objects; the whole graph when absent") @RequestParam(name = "tenant", required = false) String tenant) {
        return Blocking.call(() -> launcher.analyze(tenant));
    }

    private AnalysisRunSummary run(String name, String parameter) {
        String wanted = required(parameter, name);
        return parse(parameter, () -> diffs.getObject().run(wanted))
                .orElseThrow(() -> new ApiNotFoundException("No analysis run '" + wanted + "' (parameter " + parameter + ")"));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > RunReads.MAX_RUNS) {
            throw new ApiParameterException("limit", "limit must be between 1 and " + RunReads.MAX_RUNS + ", was " + limit);
        }
    }
}
