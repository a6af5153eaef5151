package dev.faultline.app.api;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.faultline.app.Blocking;
import dev.faultline.app.web.dashboard.Dashboard;
import dev.faultline.app.web.dashboard.DashboardReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

/** {@code GET /api/dashboard}: what the dashboard shows, from the same reader. */
@RestController
@Tag(name = "dashboard")
class DashboardApi {

    private final ObjectProvider<DashboardReader> reader;

    DashboardApi(ObjectProvider<DashboardReader> reader) {
        this.reader = reader;
    }

    @GetMapping("/api/dashboard")
    @Operation(summary = "The latest run's scores and counts per tenant and rule, the recent runs, the new findings")
    Mono<Dashboard> dashboard() {
        return Blocking.call(() -> reader.getObject().read());
    }
}
