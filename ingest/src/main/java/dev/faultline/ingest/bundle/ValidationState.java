package dev.faultline.ingest.bundle;

import java.util.HashSet;
import java.util.Set;

/**
 * What validation keeps across files: the keys defined, the references still to resolve, the
 * errors and the tenant scopes named.
 */
record ValidationState(BundleKeys keys, ReferenceResolver references, ErrorCollector errors, Set<String> scopes) {

    static ValidationState start(int maxListedErrors, int lookupBatchSize) {
        BundleKeys keys = new BundleKeys();
        return new ValidationState(keys, new ReferenceResolver(keys, lookupBatchSize),
                new ErrorCollector(maxListedErrors), new HashSet<>());
    }
}
