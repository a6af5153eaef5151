package dev.faultline.ingest.generate;

/**
 * How a tenant's identity indexes are laid out: one contiguous block per {@link IdentityKind}, in
 * the order of that enum. Knowing an index is knowing the kind, without storing anything.
 */
final class IdentityBlocks {

    private final int[] starts = new int[IdentityKind.ALL.length + 1];

    /** Blocks of the given sizes, indexed by {@link IdentityKind#ordinal()}. */
    IdentityBlocks(int[] counts) {
        if (counts.length != IdentityKind.ALL.length) {
            throw new IllegalArgumentException("need one count per identity kind, got " + counts.length);
        }
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] < 0) {
                throw new IllegalArgumentException("negative count " + counts[k] + " for " + IdentityKind.ALL[k]);
            }
            starts[k + 1] = starts[k] + counts[k];
        }
    }

    int start(IdentityKind kind) {
        return starts[kind.ordinal()];
    }

    int end(IdentityKind kind) {
        return starts[kind.ordinal() + 1];
    }

    int count(IdentityKind kind) {
        return end(kind) - start(kind);
    }

    int total() {
        return starts[starts.length - 1];
    }

    /** Humans hold indexes [0, humans). */
    int humans() {
        return start(IdentityKind.SERVICE_PRINCIPAL);
    }

    int nonHumans() {
        return total() - humans();
    }

    IdentityKind kindOf(int index) {
        if (index < 0 || index >= total()) {
            throw new IndexOutOfBoundsException("identity index " + index + " outside 0.." + total());
        }
        int k = 0;
        while (index >= starts[k + 1]) {
            k++;
        }
        return IdentityKind.ALL[k];
    }
}
