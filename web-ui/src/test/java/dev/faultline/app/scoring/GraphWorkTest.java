package dev.faultline.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class GraphWorkTest {

    private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
    private final GraphWork work = new GraphWork(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void oneHolderAtATimeAndTheRefusalSaysWhoHoldsIt() {
        work.enter(GraphWork.Kind.LOAD, "hr.csv");

        assertThatThrownBy(() -> work.enter(GraphWork.Kind.ANALYSIS, "started from the API"))
                .isInstanceOf(GraphBusyException.class)
                .hasMessage("A file is loading (hr.csv): try again when it has finished.")
                .extracting(e -> ((GraphBusyException) e).holder())
                .isEqualTo(new GraphWork.Holder(GraphWork.Kind.LOAD, "hr.csv", NOW));
        assertThatThrownBy(() -> work.enter(GraphWork.Kind.LOAD, "other.zip")).hasMessageStartingWith("A file is loading (hr.csv)");

        work.leave();
        work.enter(GraphWork.Kind.ANALYSIS, "scheduled");
        assertThat(work.holder()).hasValueSatisfying(h -> assertThat(h.reason())
                .isEqualTo("An analysis is already running (scheduled): try again when it has finished."));
    }

    @Test
    void anAnalysisAfterALoadWaitsForItButNotForAnotherAnalysis() throws Exception {
        work.enter(GraphWork.Kind.LOAD, "bundle.zip");
        CompletableFuture<Void> after = CompletableFuture.runAsync(() -> {
            try {
                work.enterAfterLoad("scheduled", Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(after).isNotDone();

        work.leave();
        after.get(10, TimeUnit.SECONDS);
        assertThat(work.holder()).map(GraphWork.Holder::what).hasValue("scheduled");

        long start = System.nanoTime();
        assertThatThrownBy(() -> work.enterAfterLoad("scheduled", Duration.ofMinutes(1))).isInstanceOf(GraphBusyException.class)
                .hasMessageStartingWith("An analysis is already running");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("refused at once").isLessThan(1_000);
    }

    @Test
    void aLoadLongerThanThePatienceIsRefused() {
        work.enter(GraphWork.Kind.LOAD, "huge.zip");

        assertThatThrownBy(() -> work.enterAfterLoad("scheduled", Duration.ofMillis(50)))
                .isInstanceOf(GraphBusyException.class).hasMessageStartingWith("A file is loading (huge.zip)");
    }
}
