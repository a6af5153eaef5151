package dev.faultline.app.ingest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One named daemon thread for the work the server does after it has answered (a load, an
 * analysis). Closing lets the task that runs finish, up to two minutes, then interrupts it.
 */
final class BackgroundThread implements AutoCloseable {

    private static final int SHUTDOWN_WAIT_SECONDS = 120;

    private final ExecutorService executor;

    BackgroundThread(String name) {
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code task} after those before it. */
    void execute(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
