package dev.faultline.ingest.bundle;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The port through which validation learns which keys the bundle references already exist in the
 * database, and as what. A Neo4j-backed implementation answers from {@code Entity.key}; tests use
 * an in-memory one. The validator calls it in batches of {@link BundleValidator#LOOKUP_BATCH_SIZE}.
 */
@FunctionalInterface
public interface KeyLookup {

    /**
     * The labels of the nodes having these keys.
     *
     * @param keys keys the bundle does not define
     * @return for each key that exists in the database, its node's labels; keys that do not exist
     *         are absent from the map
     */
    Map<String, Set<String>> labelsOf(Collection<String> keys);

    /** A lookup for an empty database, or for validating a bundle on its own. */
    static KeyLookup none() {
        return keys -> Map.of();
    }
}
