package dev.faultline.app.web.history;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import dev.faultline.app.Blocking;
import dev.faultline.app.FaultlineProperties;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.RunDiff;
import dev.faultline.app.data.RunDiffs;
import dev.faultline.app.data.RunReads;
import reactor.core.publisher.Mono;

/**
 * {@code GET /runs}: every analysis run with its status, scope, findings, score and the ingest runs
 * it saw, the score trends, and a form to diff two runs; {@code GET /runs/diff?a=&b=}: what changed
 * between two runs ({@link RunDiffs}, against {@code faultline.remediation.target-days}). The graph
 * is read off the event loop.
 */
@Controller
class HistoryController {

    static final String VIEW = "runs";
    static final String DIFF_VIEW = "run-diff";
    /** How many runs the page lists and charts. */
    static final int RUNS = 200;

    private final ObjectProvider<RunReads> runs;
    private final ObjectProvider<RunDiffs> diffs;
    private final int targetDays;

    HistoryController(ObjectProvider<RunReads> runs, ObjectProvider<RunDiffs> diffs, FaultlineProperties properties) {
        this.runs = runs;
        this.diffs = diffs;
        this.targetDays = properties.remediation().targetDays();
    }

    @GetMapping("/runs")
    Mono<Rendering> runs() {
        return Blocking.call(() -> runs.getObject().analysisRuns(RUNS))
                .map(list -> {
                    RunTrends trends = RunTrends.of(list);
                    return Rendering.view(VIEW)
                            .modelAttribute("runs", list)
                            .modelAttribute("trends", trends)
                            .modelAttribute("tenantTrendJson", trends.tenantsJson())
                            .modelAttribute("ruleTrendJson", trends.rulesJson())
                            .modelAttribute("choices", choices(list))
                            .modelAttribute("defaultA", nth(list, 1).orElse(""))
                            .modelAttribute("defaultB", nth(list, 0).orElse(""))
                            .build();
                });
    }

    /**
     * @param a the earlier run: an id, {@code latest} or {@code previous} (default)
     * @param b the later run (default {@code latest})
     */
    @GetMapping("/runs/diff")
    Mono<Rendering> diff(@RequestParam(name = "a", required = false) String a,
            @RequestParam(name = "b", required = false) String b) {
        String from = a == null || a.isBlank() ? RunDiffs.PREVIOUS : a.strip();
        String to = b == null || b.isBlank() ? RunDiffs.LATEST : b.strip();
        return Blocking.call(() -> outcome(from, to))
                .map(outcome -> {
                    Rendering.Builder<?> page = Rendering.view(DIFF_VIEW)
                            .modelAttribute("a", from).modelAttribute("b", to)
                            .modelAttribute("choices", outcome.choices())
                            .modelAttribute("targetDays", targetDays);
                    if (outcome.diff() == null) {
                        return page.modelAttribute("unknown", outcome.unknown()).status(HttpStatus.NOT_FOUND).build();
                    }
                    return page.modelAttribute("diff", outcome.diff()).build();
                });
    }

    /** A diff, or the name of the run that does not exist. */
    private record Outcome(RunDiff diff, String unknown, List<AnalysisRunSummary> choices) {
    }

    private Outcome outcome(String a, String b) {
        List<AnalysisRunSummary> choices = choices(runs.getObject().analysisRuns(RUNS));
        RunDiffs service = diffs.getObject();
        for (String name : List.of(a, b)) {
            if (service.run(name).isEmpty()) {
                return new Outcome(null, name, choices);
            }
        }
        return new Outcome(service.diff(a, b, targetDays), null, choices);
    }

    /** The runs a diff can compare: the succeeded ones, newest first. */
    private static List<AnalysisRunSummary> choices(List<AnalysisRunSummary> runs) {
        return runs.stream().filter(AnalysisRunSummary::succeeded).toList();
    }

    private static Optional<String> nth(List<AnalysisRunSummary> runs, int n) {
        return choices(runs).stream().skip(n).findFirst().map(AnalysisRunSummary::id);
    }
}
