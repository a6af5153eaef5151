package dev.faultline.app.api;

import static dev.faultline.app.api.ApiParameters.parse;
import static dev.faultline.app.api.ApiParameters.required;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.faultline.app.Blocking;
import dev.faultline.app.data.FindingDetail;
import dev.faultline.app.data.FindingPage;
import dev.faultline.app.data.FindingQuery;
import dev.faultline.app.data.FindingReads;
import dev.faultline.app.data.FindingSort;
import dev.faultline.app.data.SubjectKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/findings}: a page of a run's findings, filtered and sorted as the findings page
 * does; {@code GET /api/finding?key=}: one finding in full. Finding keys hold {@code /} and
 * {@code :}, so the key is a query parameter (URL-encoded), never a path segment.
 */
@RestController
@Tag(name = "findings")
class FindingsApi {

    private final ObjectProvider<FindingReads> findings;

    FindingsApi(ObjectProvider<FindingReads> findings) {
        this.findings = findings;
    }

    @GetMapping("/api/findings")
    @Operation(summary = "A page of an analysis run's findings, filtered and sorted")
    Mono<FindingPage> page(
            @Parameter(description = "analysis run id; the latest succeeded run when absent") @RequestParam(name = "run", required = false) String run,
            @Parameter(description = "rule id") @RequestParam(name = "rule", required = false) String rule,
            @Parameter(description = "low, medium, high or critical") @RequestParam(name = "severity", required = false) String severity,
            @Parameter(description = "tenant key") @RequestParam(name = "tenant", required = false) String tenant,
            @Parameter(description = "active, disabled, departed or missing") @RequestParam(name = "ownerStatus", required = false) String ownerStatus,
            @Parameter(description = "human or non-human") @RequestParam(name = "kind", required = false) String kind,
            @Parameter(description = "case-insensitive text in the subject's key or name or the owner's name") @RequestParam(name = "text", required = false) String text,
            @Parameter(description = "severity, rule, subject, tenant or firstSeen") @RequestParam(name = "sort", defaultValue = "severity") String sort,
            @Parameter(description = "reverse order; default true for severity (worst first), false otherwise") @RequestParam(name = "descending", required = false) Boolean descending,
            @Parameter(description = "0-based page") @RequestParam(name = "page", defaultValue = "0") int page,
            @Parameter(description = "findings per page, 1 to 200") @RequestParam(name = "size", defaultValue = "50") int size) {
        FindingSort order = parse("sort", () -> FindingSort.parse(sort));
        SubjectKind subjectKind = ApiParameters.kind(kind);
        FindingQuery base = FindingQuery.latest();
        parse("severity", () -> base.withFilters(null, severity, null, null, null, null));
        parse("ownerStatus", () -> base.withFilters(null, null, null, ownerStatus, null, null));
        parse("page", () -> base.page(page, base.size()));
        parse("size", () -> base.page(base.page(), size));
        FindingQuery query = base.withRun(run).withFilters(rule, severity, tenant, ownerStatus, subjectKind, text)
                .sortedBy(order, descending == null ? order == FindingSort.SEVERITY : descending).page(page, size);
        return Blocking.call(() -> findings.getObject().page(query));
    }

    @GetMapping("/api/finding")
    @Operation(summary = "One finding in full: path hops with node details, evidence, owner, remediation")
    Mono<FindingDetail> detail(
            @Parameter(description = "the finding's key, URL-encoded", required = true) @RequestParam(name = "key", required = false) String key) {
        String wanted = required("key", key);
        return Blocking.call(() -> findings.getObject().detail(wanted)
                .orElseThrow(() -> new ApiNotFoundException("No finding with key '" + wanted + "'")));
    }
}
