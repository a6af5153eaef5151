package dev.faultline.app.web.whatif;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.faultline.analyzer.whatif.WhatIfComparison;
import dev.faultline.analyzer.whatif.WhatIfException;
import dev.faultline.analyzer.whatif.WhatIfScenario;

/**
 * Runs what-if comparisons for the web UI, one at a time per server: a what-if holds a write
 * transaction open while every rule runs twice, so a second one is refused while the first goes on
 * rather than queued behind it.
 */
final class WhatIfRunner {

    /** Compares scenarios at an instant: the engine of {@code faultline whatif}. */
    interface Engine {
        WhatIfComparison compare(List<WhatIfScenario> scenarios, OffsetDateTime now);
    }

    /** What the page shows: a comparison, or the error that stopped it, or that another run was going. */
    record Outcome(WhatIfComparison comparison, String error, boolean busy) {

        static Outcome of(WhatIfComparison comparison) {
            return new Outcome(comparison, null, false);
        }

        static Outcome failed(String error) {
            return new Outcome(null, error, false);
        }

        static Outcome refused() {
            return new Outcome(null, null, true);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(WhatIfRunner.class);

    private final Engine engine;
    private final Clock clock;
    private final Semaphore permit = new Semaphore(1);

    WhatIfRunner(Engine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Reads the non-blank inputs (at least one), then compares them, unless another comparison is
     * running. A scenario that cannot be read or names a key the graph lacks is an error naming
     * the file, the change and the field.
     */
    Outcome run(List<ScenarioInput> inputs) {
        List<ScenarioInput> given = inputs.stream().filter(input -> !input.isBlank()).toList();
        if (given.isEmpty()) {
            return Outcome.failed("No scenario: paste one, upload a file or load an example.");
        }
        List<WhatIfScenario> scenarios;
        try {
            scenarios = given.stream().map(ScenarioInput::read).toList();
        } catch (WhatIfException e) {
            return Outcome.failed(e.getMessage());
        }
        if (!permit.tryAcquire()) {
            return Outcome.refused();
        }
        try {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            return Outcome.of(engine.compare(scenarios, now));
        } catch (WhatIfException e) {
            return Outcome.failed(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("What-if of {} failed", scenarios.stream().map(WhatIfScenario::name).toList(), e);
            return Outcome.failed("The what-if failed: " + e.getMessage());
        } finally {
            permit.release();
        }
    }
}
