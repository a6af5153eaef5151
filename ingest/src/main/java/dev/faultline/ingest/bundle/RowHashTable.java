package dev.faultline.ingest.bundle;

import java.util.List;
import java.util.Map;

/**
 * Remembers the rows of one relationship file by a 64-bit hash of their identifying values and
 * the line each was first seen on: 12 bytes a slot instead of the rows' strings. Two different
 * rows share a hash with a probability of about n²/2⁶⁵ (under 10⁻⁶ for 5 million rows).
 */
final class RowHashTable {

    /** What {@link #putIfAbsent} returns for a row not seen before. */
    static final int ABSENT = -1;

    private static final double MAX_LOAD = 0.6;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long[] hashes = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    /** The hash of the identifying values of a row; a null value hashes differently from any text. */
    static long hash(Map<String, Object> row, List<String> columns) {
        long h = FNV_OFFSET;
        for (String column : columns) {
            Object value = row.get(column);
            String text = value == null ? "\u0000null" : value.toString();
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * FNV_PRIME;
            }
            h = (h ^ 0x1F) * FNV_PRIME;
        }
        return mix(h);
    }

    /** Adds the row hash unless present; returns {@link #ABSENT} when added, else the first line. */
    int putIfAbsent(long hash, int line) {
        long key = hash == 0 ? 1 : hash;
        int mask = hashes.length - 1;
        int slot = (int) mix(key) & mask;
        for (; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == key) {
                return lines[slot];
            }
        }
        hashes[slot] = key;
        lines[slot] = line;
        if (++size > hashes.length * MAX_LOAD) {
            grow();
        }
        return ABSENT;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = (int) mix(oldHashes[i]) & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** MurmurHash3's 64-bit finalizer: spreads every input bit over the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe185ec53L;
        h ^= h >>> 33;
        return h;
    }
}
