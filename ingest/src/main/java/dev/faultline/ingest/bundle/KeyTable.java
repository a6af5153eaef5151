package dev.faultline.ingest.bundle;

/**
 * An open-addressing map from a key to a non-negative {@code long}, without an object per entry:
 * about a reference and a long per slot besides the key strings themselves, so that millions of
 * keys fit in a modest heap.
 */
final class KeyTable {

    /** What {@link #get} and {@link #putIfAbsent} return for a key not in the table. */
    static final long ABSENT = -1L;

    private static final double MAX_LOAD = 0.6;

    /** Receives each entry of the table. */
    interface EntryConsumer {
        void accept(String key, long value);
    }

    private String[] keys;
    private long[] values;
    private int size;

    KeyTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD)) - 1) << 1;
        keys = new String[capacity];
        values = new long[capacity];
    }

    int size() {
        return size;
    }

    /** The value of {@code key}; {@link #ABSENT} when there is none. */
    long get(String key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot].equals(key)) {
                return values[slot];
            }
        }
        return ABSENT;
    }

    /** Adds {@code key} unless present; returns {@link #ABSENT} when added, else the existing value. */
    long putIfAbsent(String key, long value) {
        return insert(key, value, false);
    }

    /** Sets the value of {@code key}, adding it when absent. */
    void put(String key, long value) {
        insert(key, value, true);
    }

    void forEach(EntryConsumer consumer) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                consumer.accept(keys[slot], values[slot]);
            }
        }
    }

    private long insert(String key, long value, boolean replace) {
        if (value < 0) {
            throw new IllegalArgumentException("values must be 0 or more, was " + value);
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        for (; keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot].equals(key)) {
                long existing = values[slot];
                if (replace) {
                    values[slot] = value;
                }
                return existing;
            }
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size > keys.length * MAX_LOAD) {
            grow();
        }
        return ABSENT;
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int slot(String key, int mask) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
