package dev.faultline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Samples heap use and reads the kernel's peak resident set size. */
final class MemoryWatch {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakHeap;
    private volatile long peakLive;

    private MemoryWatch() {
        thread = new Thread(this::sample, "memory-watch");
        thread.setDaemon(true);
    }

    static MemoryWatch start() {
        MemoryWatch watch = new MemoryWatch();
        watch.thread.start();
        return watch;
    }

    private void sample() {
        while (running) {
            long used = 0;
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getUsage().getUsed();
                    live += pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed();
                }
            }
            peakHeap = Math.max(peakHeap, used);
            peakLive = Math.max(peakLive, live);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() {
        running = false;
    }

    /** Forgets the peaks so far, to measure one phase. */
    void resetPeaks() {
        peakHeap = 0;
        peakLive = 0;
    }

    /** The most heap held right after a collection: live data, without the garbage awaiting one. */
    long peakLiveMiB() {
        return peakLive >> 20;
    }

    long peakHeapMiB() {
        return peakHeap >> 20;
    }

    long peakRssMiB() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10)
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
