package dev.faultline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the benchmarks share: timing, sizes and scratch directories. */
final class BenchSupport {

    private BenchSupport() {
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Reads {@code 4g}, {@code 512m} or a number of bytes. */
    static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = t.endsWith("g") ? 1L << 30 : t.endsWith("m") ? 1L << 20 : 1;
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
