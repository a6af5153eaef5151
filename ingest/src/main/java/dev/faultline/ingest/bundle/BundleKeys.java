package dev.faultline.ingest.bundle;

/**
 * Every key the bundle defines, with its entity type and where it was defined, packed in one
 * {@code long} per key (type, file index, line) so that millions of keys stay cheap.
 */
final class BundleKeys {

    static final long ABSENT = KeyTable.ABSENT;

    private static final long LINE_MASK = (1L << 40) - 1;

    private final KeyTable table = new KeyTable(1 << 16);

    /** Defines {@code key}; returns {@link #ABSENT} when new, else the packed earlier definition. */
    long define(String key, EntityType type, int fileIndex, long line) {
        long packed = ((long) type.ordinal() << 48) | ((long) fileIndex << 40) | Math.min(line, LINE_MASK);
        return table.putIfAbsent(key, packed);
    }

    /** The packed definition of {@code key}, {@link #ABSENT} when the bundle does not define it. */
    long find(String key) {
        return table.get(key);
    }

    /** Whether {@code key} was defined before the given place was read (files are read in index order). */
    boolean definedBefore(String key, int fileIndex, long line) {
        long packed = find(key);
        if (packed == ABSENT) {
            return false;
        }
        return fileIndex(packed) < fileIndex || fileIndex(packed) == fileIndex && line(packed) < line;
    }

    int size() {
        return table.size();
    }

    static EntityType type(long packed) {
        return EntityType.values()[(int) (packed >>> 48)];
    }

    static int fileIndex(long packed) {
        return (int) ((packed >>> 40) & 0xFF);
    }

    static long line(long packed) {
        return packed & LINE_MASK;
    }
}
