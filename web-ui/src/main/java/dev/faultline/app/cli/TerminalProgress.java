package dev.faultline.app.cli;

import java.io.PrintWriter;

import dev.faultline.ingest.load.IngestListener;

/**
 * A progress bar with rows/s on a terminal; on a pipe or in CI, one line every few seconds.
 * Writes to standard error so standard output stays clean for results.
 */
final class TerminalProgress implements IngestListener {

    private static final int WIDTH = 30;
    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
    private static final long PIPE_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private String phase = "";
    private long phaseStart;
    private long lastPrint;
    private boolean lineOpen;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void phase(String source, String phase) {
        endLine();
        this.phase = phase;
        this.phaseStart = System.nanoTime();
        this.lastPrint = 0;
        err.println(phase + " (" + source + ")");
        err.flush();
    }

    @Override
    public void progress(String file, long done, long total) {
        long now = System.nanoTime();
        boolean last = done >= total;
        if (!last && now - lastPrint < (terminal ? TERMINAL_INTERVAL_NANOS : PIPE_INTERVAL_NANOS)) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-3, (now - phaseStart) / 1e9);
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
        String line = String.format("[%s] %3d%% %-22s %,d/%,d rows  %,.0f rows/s", bar,
                total == 0 ? 100 : 100 * done / total, file, done, total, done / seconds);
        if (terminal) {
            err.print("\r" + line);
            lineOpen = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public void resolved(java.util.Map<String, Long> linksByRule) {
        endLine();
        linksByRule.forEach((rule, links) -> err.printf("  linked %,d identities across tenants by %s%n", links, rule));
        err.flush();
    }

    /** Ends the bar's line. */
    void finish() {
        endLine();
    }

    private void endLine() {
        if (lineOpen) {
            err.println();
            err.flush();
            lineOpen = false;
        }
    }
}
