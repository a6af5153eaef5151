package dev.faultline.ingest.generate;

/** Decides how many identities of each kind a tenant has. */
final class IdentityLayout {

    static final double ADMIN_SHARE = 0.01;
    private static final int MIN_HUMANS = 10;

    private IdentityLayout() {
    }

    /**
     * Humans first: 2-4 break-glass accounts (Entra only), ~1% admins, the kind's share of guests,
     * members; then the kind's share of non-human identities split by the kind's weights.
     */
    static IdentityBlocks blocks(TenantKind kind, int identities, Rng rng) {
        return blocks(kind, identities, rng, false);
    }

    /**
     * As {@link #blocks(TenantKind, int, Rng)}; the hub (the acquirer's Entra ID) has five break-glass
     * accounts, one more than the analyzer accepts, as a planted problem.
     */
    static IdentityBlocks blocks(TenantKind kind, int identities, Rng rng, boolean hub) {
        if (identities < MIN_HUMANS + 1) {
            throw new IllegalArgumentException("a tenant needs more than " + MIN_HUMANS + " identities, got " + identities);
        }
        int nonHumans = (int) Math.max(1, Math.min(Math.round(identities * kind.nonHumanShare()),
                identities - MIN_HUMANS));
        int humans = identities - nonHumans;
        int[] counts = Apportion.split(nonHumans, kind.nonHumanWeights(), 0);
        int breakGlass = rng.between(2, 4);
        counts[IdentityKind.BREAK_GLASS.ordinal()] = !kind.hasBreakGlass() ? 0 : hub ? 5 : breakGlass;
        counts[IdentityKind.ADMIN.ordinal()] = (int) Math.max(1, Math.round(humans * ADMIN_SHARE));
        counts[IdentityKind.GUEST.ordinal()] = (int) Math.round(humans * kind.guestShare());
        counts[IdentityKind.MEMBER.ordinal()] = humans - counts[IdentityKind.BREAK_GLASS.ordinal()]
                - counts[IdentityKind.ADMIN.ordinal()] - counts[IdentityKind.GUEST.ordinal()];
        return new IdentityBlocks(counts);
    }
}
