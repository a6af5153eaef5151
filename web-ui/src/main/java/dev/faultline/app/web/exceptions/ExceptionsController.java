package dev.faultline.app.web.exceptions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import dev.faultline.app.Blocking;
import dev.faultline.app.data.ExceptionReads;
import dev.faultline.app.data.ExceptionRegister;
import dev.faultline.app.data.MergerReads;
import dev.faultline.app.data.TenantSummary;
import reactor.core.publisher.Mono;

/**
 * {@code GET /exceptions}: the register, filtered by tenant, owner status and expiry, sorted by a
 * column; {@code GET /exceptions.csv}: the same rows as a CSV download. Read off the event loop.
 */
@Controller
class ExceptionsController {

    static final String VIEW = "exceptions";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ObjectProvider<ExceptionReads> exceptions;
    private final ObjectProvider<MergerReads> merger;

    ExceptionsController(ObjectProvider<ExceptionReads> exceptions, ObjectProvider<MergerReads> merger) {
        this.exceptions = exceptions;
        this.merger = merger;
    }

    @GetMapping("/exceptions")
    Mono<Rendering> register(@RequestParam(required = false) String tenant, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String expiry, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) String run) {
        ExceptionFilters filters = ExceptionFilters.parse(tenant, owner, expiry, sort, dir, run);
        return Blocking.call(() -> {
            ExceptionRegister register = read(filters);
            List<TenantSummary> tenants = merger.getObject().tenants();
            return Rendering.view(VIEW)
                    .modelAttribute("filters", filters)
                    .modelAttribute("register", register)
                    .modelAttribute("summary", ExceptionSummary.of(register.exceptions()))
                    .modelAttribute("tenants", tenants)
                    .modelAttribute("ownerStatuses", ExceptionFilters.OWNER_STATUSES)
                    .modelAttribute("expiries", ExceptionFilters.EXPIRIES)
                    .build();
        });
    }

    @GetMapping("/exceptions.csv")
    Mono<ResponseEntity<String>> csv(@RequestParam(required = false) String tenant, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String expiry, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) String run) {
        ExceptionFilters filters = ExceptionFilters.parse(tenant, owner, expiry, sort, dir, run);
        if (!filters.problems().isEmpty()) {
            return Mono.just(ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("Not understood: " + String.join(", ", filters.problems()) + "\n"));
        }
        return Blocking.call(() -> {
            ExceptionRegister register = read(filters);
            StringBuilder out = new StringBuilder();
            ExceptionReads.csv(register, out);
            String name = "faultline-exceptions-" + fileSafe(register.run() != null ? register.run()
                    : filters.run() != null ? filters.run() : "latest") + ".csv";
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .body(out.toString());
        });
    }

    private ExceptionRegister read(ExceptionFilters filters) {
        ExceptionRegister all = exceptions.getObject().register(filters.tenant(), filters.run());
        ExceptionRegister kept = all.where(filters.keep());
        return new ExceptionRegister(kept.asOf(), kept.run(), kept.exceptions().stream().sorted(filters.order()).toList());
    }

    /** A run id as part of a file name: letters, digits, {@code - _ .} kept, anything else {@code -}. */
    static String fileSafe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
