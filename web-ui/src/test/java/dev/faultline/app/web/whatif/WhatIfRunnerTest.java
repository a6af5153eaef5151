package dev.faultline.app.web.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.whatif.WhatIfComparison;
import dev.faultline.analyzer.whatif.WhatIfException;

/** Issue 6, part 3: the page's runner reads scenarios as the CLI does and runs one comparison at a time. */
class WhatIfRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T20:44:51.730Z"), ZoneOffset.UTC);
    private static final ScenarioInput TRUST = new ScenarioInput("A", "",
            "name: t\nchanges:\n  - {type: add-trust, trusting: a, trusted: b, kind: entra-b2b}\n");

    @Test
    void refusesASecondRunWhileTheFirstIsGoingAndAcceptsOneAfterwards() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WhatIfRunner runner = new WhatIfRunner((scenarios, now) -> {
            started.countDown();
            await(release);
            return new WhatIfComparison(now, 0, 0, List.of());
        }, CLOCK);

        CompletableFuture<WhatIfRunner.Outcome> first = CompletableFuture.supplyAsync(() -> runner.run(List.of(TRUST)));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WhatIfRunner.Outcome second = runner.run(List.of(TRUST));
        release.countDown();

        assertThat(second.busy()).isTrue();
        assertThat(second.comparison()).isNull();
        assertThat(first.get(10, TimeUnit.SECONDS).comparison().now()).isEqualTo(OffsetDateTime.parse("2026-11-28T20:44:51Z"));
        assertThat(runner.run(List.of(TRUST)).comparison()).isNotNull();
    }

    @Test
    void namesTheFileTheChangeAndTheFieldOfAnInvalidScenarioWithoutRunningIt() {
        WhatIfRunner runner = new WhatIfRunner((scenarios, now) -> {
            throw new AssertionError("an invalid scenario must not run");
        }, CLOCK);

        assertThat(runner.run(List.of(new ScenarioInput("A", "", "changes:\n  - {type: add-trust, trusting: a, kind: other}\n"))).error())
                .isEqualTo("scenario-a.yaml: change 1 (add-trust): field 'trusted': missing");
        assertThat(runner.run(List.of(new ScenarioInput("B", "", "{\"changes\": [{\"type\": \"merge\"}]}"))).error())
                .startsWith("scenario-b.json: change 1: field 'type': unknown change type 'merge'");
        assertThat(runner.run(List.of(new ScenarioInput("A", "plan/harden.json", "{\"changes\": []}"))).error())
                .isEqualTo("harden.json: field 'changes': empty; a scenario has at least one change");
        assertThat(runner.run(List.of(new ScenarioInput("A", "", " "), new ScenarioInput("B", "", ""))).error())
                .startsWith("No scenario");
    }

    @Test
    void showsAnEngineErrorAndFreesThePermit() {
        WhatIfRunner runner = new WhatIfRunner((scenarios, now) -> {
            throw new WhatIfException("t: change 1 (add-trust): field 'trusted': unknown key 'b'; no Tenant has it");
        }, CLOCK);

        assertThat(runner.run(List.of(TRUST)).error()).endsWith("unknown key 'b'; no Tenant has it");
        assertThat(runner.run(List.of(TRUST)).busy()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
