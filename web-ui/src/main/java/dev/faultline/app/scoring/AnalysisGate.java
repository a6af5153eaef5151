package dev.faultline.app.scoring;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One analysis at a time in this process: the scheduled runs and those started from the Ingest
 * page pass the same gate, so two never overlap.
 */
public final class AnalysisGate {

    private final AtomicBoolean running = new AtomicBoolean();

    /** @return whether the caller may run now; if so it must call {@link #leave()} when done */
    public boolean tryEnter() {
        return running.compareAndSet(false, true);
    }

    /** Ends the run that {@link #tryEnter()} let in. */
    public void leave() {
        running.set(false);
    }

    /** Whether an analysis is running now. */
    public boolean isRunning() {
        return running.get();
    }
}
