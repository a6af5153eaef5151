package dev.faultline.app.web.tenants;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import dev.faultline.app.Blocking;
import dev.faultline.app.data.FindingSummary;
import dev.faultline.app.data.MergerReads;
import dev.faultline.app.data.TenantSummary;
import reactor.core.publisher.Mono;

/**
 * {@code GET /tenants}: tenants, trusts and the bypass matrix; {@code GET /tenants/cell}: the
 * findings of one cell, a page at a time. Read off the event loop.
 */
@Controller
class TenantsController {

    static final String VIEW = "tenants";
    static final String CELL_VIEW = "tenant-cell";
    /** Findings per page of a cell. */
    static final int PAGE_SIZE = 100;

    private final ObjectProvider<MergerReads> merger;

    TenantsController(ObjectProvider<MergerReads> merger) {
        this.merger = merger;
    }

    @GetMapping("/tenants")
    Mono<Rendering> tenants(@RequestParam(required = false) String run) {
        return Blocking.call(() -> {
            MergerReads reads = merger.getObject();
            List<TenantSummary> tenants = reads.tenants();
            return Rendering.view(VIEW)
                    .modelAttribute("tenants", tenants)
                    .modelAttribute("trusts", reads.trusts())
                    .modelAttribute("matrix", MatrixTable.of(reads.matrix(run), tenants))
                    .modelAttribute("requestedRun", run == null || run.isBlank() ? null : run)
                    .build();
        });
    }

    @GetMapping("/tenants/cell")
    Mono<Rendering> cell(@RequestParam String from, @RequestParam String to, @RequestParam(required = false) String run,
            @RequestParam(defaultValue = "0") int page) {
        return Blocking.call(() -> {
            MergerReads reads = merger.getObject();
            List<FindingSummary> findings = reads.cell(run, from, to);
            int pages = Math.max(1, (findings.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int shown = Math.min(Math.max(page, 0), pages - 1);
            Map<String, String> names = MatrixTable.names(reads.tenants());
            return Rendering.view(CELL_VIEW)
                    .modelAttribute("from", from)
                    .modelAttribute("to", to)
                    .modelAttribute("fromName", names.getOrDefault(from, from))
                    .modelAttribute("toName", names.getOrDefault(to, to))
                    .modelAttribute("run", run == null || run.isBlank() ? null : run)
                    .modelAttribute("total", findings.size())
                    .modelAttribute("page", shown)
                    .modelAttribute("pages", pages)
                    .modelAttribute("firstShown", shown * PAGE_SIZE + 1)
                    .modelAttribute("findings", findings.subList(Math.min(shown * PAGE_SIZE, findings.size()),
                            Math.min((shown + 1) * PAGE_SIZE, findings.size())))
                    .build();
        });
    }
}
