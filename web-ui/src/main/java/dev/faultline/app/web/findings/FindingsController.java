package dev.faultline.app.web.findings;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

import dev.faultline.analyzer.rule.Rules;
import dev.faultline.app.Blocking;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.FindingDetail;
import dev.faultline.app.data.FindingPage;
import dev.faultline.app.data.FindingQuery;
import dev.faultline.app.data.FindingReads;
import dev.faultline.app.data.MergerReads;
import dev.faultline.app.data.RunReads;
import dev.faultline.app.data.TenantSummary;
import dev.faultline.app.web.graph.GraphJson;
import reactor.core.publisher.Mono;

/**
 * {@code GET /findings}: a run's findings, filtered, sorted and paged in the database;
 * {@code GET /findings/detail?key=}: one finding with its path drawn. Keys hold slashes and colons,
 * so the key travels as a query parameter. Reads run off the event loop.
 */
@Controller
class FindingsController {

    static final String LIST_VIEW = "findings";
    static final String DETAIL_VIEW = "finding";
    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");
    static final List<String> OWNER_STATUSES = List.of("active", "disabled", "departed", "missing");
    private static final int RUNS_OFFERED = 20;
    /** Every rule of the analyzer, for the rule filter: the same list whatever the run found. */
    private static final List<RuleOption> RULES = Rules.all().stream()
            .map(r -> new RuleOption(r.info().id(), r.info().title())).toList();

    private final ObjectProvider<FindingReads> findings;
    private final ObjectProvider<MergerReads> merger;
    private final ObjectProvider<RunReads> runs;

    FindingsController(ObjectProvider<FindingReads> findings, ObjectProvider<MergerReads> merger, ObjectProvider<RunReads> runs) {
        this.findings = findings;
        this.merger = merger;
        this.runs = runs;
    }

    /** One rule of the filter's select. */
    record RuleOption(String id, String title) {
    }

    @GetMapping("/findings")
    Mono<Rendering> list(@RequestParam MultiValueMap<String, String> params) {
        return Blocking.call(() -> render(params));
    }

    private Rendering render(MultiValueMap<String, String> params) {
        List<TenantSummary> tenants = merger.getObject().tenants();
        List<AnalysisRunSummary> runList = runs.getObject().analysisRuns(RUNS_OFFERED).stream()
                .filter(AnalysisRunSummary::succeeded).toList();
        Rendering.Builder<?> view = Rendering.view(LIST_VIEW)
                .modelAttribute("rules", RULES)
                .modelAttribute("tenants", tenants)
                .modelAttribute("severities", SEVERITIES)
                .modelAttribute("ownerStatuses", OWNER_STATUSES)
                .modelAttribute("runs", runList)
                .modelAttribute("sizes", FindingFilter.SIZES.stream().sorted().toList());
        FindingFilter filter;
        FindingQuery query;
        try {
            filter = FindingFilter.of(params);
            query = filter.query();
        } catch (IllegalArgumentException e) {
            return view.status(HttpStatus.BAD_REQUEST).modelAttribute("filter", FindingFilter.of(new LinkedMultiValueMap<>()))
                    .modelAttribute("problem", e.getMessage()).build();
        }
        FindingPage page = findings.getObject().page(query);
        Optional<AnalysisRunSummary> shown = page.run() == null ? Optional.empty()
                : runList.stream().filter(r -> r.id().equals(page.run())).findFirst()
                        .or(() -> runs.getObject().analysisRun(page.run()));
        return view.modelAttribute("filter", filter).modelAttribute("page", page)
                .modelAttribute("rangeFrom", Math.min(page.total(), (long) page.page() * page.size() + 1))
                .modelAttribute("rangeTo", Math.min(page.total(), (long) (page.page() + 1) * page.size()))
                .modelAttribute("shownRun", shown.orElse(null))
                .modelAttribute("noAnalysis", page.run() == null && query.run() == null)
                .modelAttribute("unknownRun", page.run() == null && query.run() != null)
                .build();
    }

    @GetMapping("/findings/detail")
    Mono<Rendering> detail(@RequestParam(name = "key", required = false) String key,
            @RequestParam(name = "from", required = false) String from) {
        return Blocking.call(() -> findings.getObject().detail(key))
                .map(found -> found.map(f -> detailView(f, from))
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No finding has the key " + key)));
    }

    private static Rendering detailView(FindingDetail finding, String from) {
        FindingFilter back;
        try {
            back = FindingFilter.ofQueryString(from);
            back.query();
        } catch (IllegalArgumentException e) {
            back = FindingFilter.ofQueryString(null);
        }
        return Rendering.view(DETAIL_VIEW)
                .modelAttribute("finding", finding)
                .modelAttribute("graphJson", GraphJson.ofPath(finding.path()).toJson())
                .modelAttribute("backHref", back.listHref())
                .modelAttribute("evidence", Evidence.lines(finding.evidence()))
                .build();
    }
}
