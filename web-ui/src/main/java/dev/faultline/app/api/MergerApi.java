package dev.faultline.app.api;

import static dev.faultline.app.api.ApiParameters.required;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.faultline.app.Blocking;
import dev.faultline.app.data.BypassMatrix;
import dev.faultline.app.data.ExceptionReads;
import dev.faultline.app.data.ExceptionRegister;
import dev.faultline.app.data.FindingSummary;
import dev.faultline.app.data.MergerReads;
import dev.faultline.app.data.TenantSummary;
import dev.faultline.app.data.TrustLink;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

/**
 * The merger's view: the exceptions register, the tenants and their trusts, and the bypass matrix
 * (which tenant's MFA gap opens which tenant) with the findings of one cell.
 */
@RestController
@Tag(name = "tenants and exceptions")
class MergerApi {

    private final ObjectProvider<ExceptionReads> exceptions;
    private final ObjectProvider<MergerReads> merger;

    MergerApi(ObjectProvider<ExceptionReads> exceptions, ObjectProvider<MergerReads> merger) {
        this.exceptions = exceptions;
        this.merger = merger;
    }

    @GetMapping("/api/exceptions")
    @Operation(summary = "The MFA exceptions register: owner and owner status, expiry, coverage, findings about each")
    Mono<ExceptionRegister> exceptions(
            @Parameter(description = "only this tenant's exceptions") @RequestParam(name = "tenant", required = false) String tenant,
            @Parameter(description = "analysis run whose findings to list; the latest when absent") @RequestParam(name = "run", required = false) String run) {
        return Blocking.call(() -> exceptions.getObject().register(tenant, run));
    }

    @GetMapping("/api/tenants")
    @Operation(summary = "Every tenant with its counts")
    Mono<List<TenantSummary>> tenants() {
        return Blocking.call(() -> merger.getObject().tenants());
    }

    @GetMapping("/api/trusts")
    @Operation(summary = "The trusts between tenants")
    Mono<List<TrustLink>> trusts() {
        return Blocking.call(() -> merger.getObject().trusts());
    }

    @GetMapping("/api/merger/matrix")
    @Operation(summary = "The bypass matrix: per pair of tenants, how many bypass findings and the worst severity")
    Mono<BypassMatrix> matrix(
            @Parameter(description = "analysis run id; the latest when absent") @RequestParam(name = "run", required = false) String run) {
        return Blocking.call(() -> merger.getObject().matrix(run));
    }

    @GetMapping("/api/merger/cell")
    @Operation(summary = "The bypass findings of one cell of the matrix")
    Mono<List<FindingSummary>> cell(
            @Parameter(description = "tenant key the bypass starts in", required = true) @RequestParam(name = "from", required = false) String from,
            @Parameter(description = "tenant key the bypass gets into", required = true) @RequestParam(name = "to", required = false) String to,
            @Parameter(description = "analysis run id; the latest when absent") @RequestParam(name = "run", required = false) String run) {
        String fromTenant = required("from", from);
        String toTenant = required("to", to);
        return Blocking.call(() -> merger.getObject().cell(run, fromTenant, toTenant));
    }
}
