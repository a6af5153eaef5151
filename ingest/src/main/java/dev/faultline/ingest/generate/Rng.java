package dev.faultline.ingest.generate;

/**
 * A sequential SplitMix64 generator. Written out rather than taken from the JDK so that a seed
 * gives the same bundle on every Java version.
 */
final class Rng {

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    long nextLong() {
        state += Draw.GOLDEN;
        return Draw.mix(state);
    }

    /** A value in [0, 1). */
    double unit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A value in [0, bound); bound must be positive. */
    int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** A value in [low, high], both included. */
    int between(int low, int high) {
        return low + below(high - low + 1);
    }

    boolean chance(double probability) {
        return unit() < probability;
    }

    /** One of the values, uniformly. */
    <T> T pick(T[] values) {
        return values[below(values.length)];
    }

    /** A value in [low, high) that favours the low end: the first groups or systems get more. */
    int skewed(int low, int high) {
        double u = unit();
        return low + (int) ((high - low) * u * u);
    }
}
