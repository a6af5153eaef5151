package dev.faultline.app.web.remediation;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import dev.faultline.app.Blocking;
import dev.faultline.app.data.RunPlan;
import dev.faultline.app.data.RunReads;
import reactor.core.publisher.Mono;

/** {@code GET /remediation}: the remediation plan of a run (the latest succeeded one by default), read off the event loop. */
@Controller
class RemediationController {

    static final String VIEW = "remediation";

    private final ObjectProvider<RunReads> runs;

    RemediationController(ObjectProvider<RunReads> runs) {
        this.runs = runs;
    }

    @GetMapping("/remediation")
    Mono<Rendering> remediation(@RequestParam(required = false) String run, @RequestParam(defaultValue = "0") int page) {
        String requested = run == null || run.isBlank() ? null : run.trim();
        return Blocking.call(() -> {
            Optional<RunPlan> plan = runs.getObject().plan(requested);
            return Rendering.view(VIEW)
                    .modelAttribute("requestedRun", requested)
                    .modelAttribute("view", plan.map(p -> PlanView.of(p.run(), p.plan(), page)).orElse(null))
                    .modelAttribute("kinds", PlanView.KINDS)
                    .build();
        });
    }
}
