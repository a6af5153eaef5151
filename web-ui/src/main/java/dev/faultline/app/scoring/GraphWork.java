package dev.faultline.app.scoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The work that changes the graph in this server, one piece at a time: a load (an upload on the
 * Ingest page) or an analysis (scheduled, from the Ingest page, from the API). An analysis never
 * reads a graph half loaded, and two analyses never overlap.
 *
 * <p>Callers {@link #enter} before they start and {@link #leave()} when they end, however they end.
 * Separate processes ({@code faultline ingest} beside a server) are not covered: the database has
 * no lock for that, and the commands document it.
 */
public final class GraphWork {

    /** What holds the graph. */
    public enum Kind { LOAD, ANALYSIS }

    /**
     * The work that holds the graph now.
     *
     * @param what the file loading, or where the analysis was started from
     */
    public record Holder(Kind kind, String what, Instant since) {

        /** Why other work cannot start now, as a page, an API problem or the log says it. */
        public String reason() {
            return kind == Kind.LOAD
                    ? "A file is loading (" + what + "): try again when it has finished."
                    : "An analysis is already running (" + what + "): try again when it has finished.";
        }
    }

    private final Clock clock;
    private Holder holder;

    public GraphWork() {
        this(Clock.systemUTC());
    }

    GraphWork(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes the graph for {@code what}, or refuses at once.
     *
     * @throws GraphBusyException when other work holds it; nothing was taken
     */
    public synchronized void enter(Kind kind, String what) {
        if (holder != null) {
            throw new GraphBusyException(holder);
        }
        holder = new Holder(Objects.requireNonNull(kind), Objects.requireNonNull(what), clock.instant());
    }

    /**
     * Takes the graph for an analysis, waiting up to {@code patience} while a load holds it (the
     * analysis should see what is being loaded); refuses at once when another analysis holds it.
     *
     * @throws GraphBusyException when an analysis holds the graph, or a load still does after {@code patience}
     */
    public synchronized void enterAfterLoad(String what, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (holder != null && holder.kind() == Kind.LOAD) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        enter(Kind.ANALYSIS, what);
    }

    /** Ends the work that {@link #enter} let in. */
    public synchronized void leave() {
        holder = null;
        notifyAll();
    }

    /** The work that holds the graph now; empty when none does. */
    public synchronized Optional<Holder> holder() {
        return Optional.ofNullable(holder);
    }
}
