package dev.faultline.ingest.generate;

/**
 * Stateless randomness: a value drawn for (purpose, tenant, index) is the same wherever and
 * whenever it is asked for. That is how one file knows an identity's status or kind that another
 * file wrote, without either holding it in memory.
 */
final class Draw {

    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long TENANT_STEP = 0xD1B54A32D192ED03L;

    /** What a draw is for; each purpose gives independent values. */
    enum Salt {
        TENANT, COMPANY, WEIGHT, STATUS, MFA, PARTNER, GUEST, FILE, PLANT
    }

    private final long seed;

    Draw(long seed) {
        this.seed = seed;
    }

    /** SplitMix64's finalizer: a bijective scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long bits(Salt salt, int tenant, long index) {
        long h = mix(seed + GOLDEN * (salt.ordinal() + 1));
        h = mix(h + TENANT_STEP * (tenant + 1));
        return mix(h + GOLDEN * (index + 1));
    }

    /** A value in [0, 1). */
    double unit(Salt salt, int tenant, long index) {
        return (bits(salt, tenant, index) >>> 11) * 0x1.0p-53;
    }

    /** A value in [0, bound). */
    int below(int bound, Salt salt, int tenant, long index) {
        return (int) (((bits(salt, tenant, index) >>> 33) * bound) >>> 31);
    }

    /** A sequential generator for one file part, independent of every other part. */
    Rng rng(BundleFile file, int tenant) {
        return new Rng(bits(Salt.FILE, tenant, file.ordinal()));
    }
}
