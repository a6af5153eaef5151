package dev.faultline.ingest.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * References that could not be checked when read, because the key was not defined yet: kept once
 * per distinct key with the types every occurrence allows (intersected) and the files it occurs
 * in. After all files are read they are resolved against the bundle, then the database in
 * batches; only keys that fail somewhere need their files read again for line numbers.
 */
final class ReferenceResolver {

    /**
     * What a failing key turned out to be.
     *
     * @param type   its entity type, when the bundle or the database has it as an entity
     * @param labels its labels in the database when they name no entity type; empty otherwise
     */
    record Resolved(Optional<EntityType> type, Set<String> labels) {

        boolean unknown() {
            return type.isEmpty() && labels.isEmpty();
        }
    }

    private final BundleKeys keys;
    private final int batchSize;
    private final KeyTable pending = new KeyTable(1024);
    private final Map<String, Resolved> failing = new HashMap<>();
    private final List<String> batch = new ArrayList<>();
    private final List<Long> batchPacked = new ArrayList<>();
    private int filesToReread;
    private KeyLookup lookup;

    ReferenceResolver(BundleKeys keys, int batchSize) {
        this.keys = keys;
        this.batchSize = batchSize;
    }

    /** Remembers a reference to a key not defined so far, from a column allowing {@code allowedMask}. */
    void defer(String key, int allowedMask, int fileIndex) {
        long packed = pending.get(key);
        long mask = packed == KeyTable.ABSENT ? allowedMask : (packed >>> 32) & allowedMask;
        long files = (packed == KeyTable.ABSENT ? 0 : packed & 0xFFFFFFFFL) | (1L << fileIndex);
        pending.put(key, (mask << 32) | files);
    }

    /** Resolves every deferred key; returns those that fail some occurrence. */
    Map<String, Resolved> resolve(KeyLookup keyLookup) {
        this.lookup = keyLookup;
        pending.forEach(this::resolve);
        flush();
        return failing;
    }

    /** The indexes of the files holding an occurrence of a failing key, as a bit mask. */
    int filesToReread() {
        return filesToReread;
    }

    private void resolve(String key, long packed) {
        long definition = keys.find(key);
        if (definition == BundleKeys.ABSENT) {
            batch.add(key);
            batchPacked.add(packed);
            if (batch.size() >= batchSize) {
                flush();
            }
            return;
        }
        EntityType type = BundleKeys.type(definition);
        if ((allowedMask(packed) & type.bit()) == 0) {
            fail(key, packed, new Resolved(Optional.of(type), Set.of()));
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Set<String>> found = lookup.labelsOf(List.copyOf(batch));
        for (int i = 0; i < batch.size(); i++) {
            String key = batch.get(i);
            long packed = batchPacked.get(i);
            Set<String> labels = found.get(key);
            if (labels == null) {
                fail(key, packed, new Resolved(Optional.empty(), Set.of()));
                continue;
            }
            Optional<EntityType> type = EntityType.ofLabels(labels);
            if (type.isEmpty()) {
                fail(key, packed, new Resolved(Optional.empty(), Set.copyOf(labels)));
            } else if ((allowedMask(packed) & type.get().bit()) == 0) {
                fail(key, packed, new Resolved(type, Set.of()));
            }
        }
        batch.clear();
        batchPacked.clear();
    }

    private void fail(String key, long packed, Resolved resolved) {
        failing.put(key, resolved);
        filesToReread |= (int) (packed & 0xFFFFFFFFL);
    }

    private static int allowedMask(long packed) {
        return (int) (packed >>> 32);
    }
}
