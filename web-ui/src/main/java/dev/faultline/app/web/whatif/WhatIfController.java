package dev.faultline.app.web.whatif;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import dev.faultline.app.Blocking;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.run.OverlayAnalyzer;
import dev.faultline.analyzer.whatif.WhatIf;
import dev.faultline.app.neo4j.Neo4jConnection;
import reactor.core.publisher.Mono;

/**
 * {@code GET /whatif}: the form (one or two scenarios, pasted, uploaded or loaded from the
 * examples); {@code POST /whatif}: runs them as {@code faultline whatif} does, off the event loop,
 * and answers the result (the fragment alone for htmx, the whole page otherwise). Analysts only
 * ({@link dev.faultline.app.security.AccessRules}).
 */
@Controller
class WhatIfController {

    static final String VIEW = "whatif";
    static final String RESULT = "whatif :: result";

    private final ObjectProvider<WhatIfRunner> runner;
    private final WhatIfExamples examples = WhatIfExamples.load();

    WhatIfController(ObjectProvider<WhatIfRunner> runner) {
        this.runner = runner;
    }

    /** @param exampleA, exampleB example file names to load into the form */
    @GetMapping("/whatif")
    Rendering form(@RequestParam(name = "exampleA", required = false) String exampleA,
            @RequestParam(name = "exampleB", required = false) String exampleB) {
        ScenarioInput a = example("A", exampleA);
        ScenarioInput b = example("B", exampleB);
        return page(a, b).build();
    }

    @PostMapping("/whatif")
    Mono<Rendering> run(ServerWebExchange exchange) {
        boolean htmx = "true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"));
        return exchange.getFormData()
                .flatMap(form -> Blocking.call(() -> {
                    ScenarioInput a = input("A", form);
                    ScenarioInput b = input("B", form);
                    return new Ran(a, b, runner.getObject().run(List.of(a, b)));
                }))
                .map(ran -> {
                    Rendering.Builder<?> page = htmx ? Rendering.view(RESULT) : page(ran.a(), ran.b());
                    page.modelAttribute("outcome", ran.outcome());
                    if (ran.outcome().comparison() != null) {
                        page.modelAttribute("result", WhatIfView.of(ran.outcome().comparison()));
                    } else if (!htmx) {
                        page.status(ran.outcome().busy() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
                    }
                    return page.build();
                });
    }

    private record Ran(ScenarioInput a, ScenarioInput b, WhatIfRunner.Outcome outcome) {
    }

    private Rendering.Builder<?> page(ScenarioInput a, ScenarioInput b) {
        return Rendering.view(VIEW).modelAttribute("examples", examples.names())
                .modelAttribute("scenarioA", a).modelAttribute("scenarioB", b);
    }

    private ScenarioInput example(String slot, String name) {
        return examples.text(name).map(text -> new ScenarioInput(slot, name, text))
                .orElseGet(() -> new ScenarioInput(slot, "", ""));
    }

    private static ScenarioInput input(String slot, MultiValueMap<String, String> form) {
        String text = form.getFirst("scenario" + slot);
        return new ScenarioInput(slot, form.getFirst("file" + slot), text == null ? "" : text);
    }

    /** The runner is made on first use, and only one per server: its permit is the one-at-a-time rule. */
    @Bean
    @Lazy
    static WhatIfRunner whatIfRunner(ObjectProvider<Neo4jConnection> connection) {
        return new WhatIfRunner((scenarios, now) -> {
            Neo4jConnection neo4j = connection.getObject();
            return new WhatIf(new OverlayAnalyzer(neo4j.driver(), neo4j.database()))
                    .compare(scenarios, Rules.all(), AnalysisSettings.defaults(now));
        }, Clock.systemUTC());
    }
}
