package dev.faultline.ingest.generate;

import dev.faultline.ingest.generate.Draw.Salt;

/**
 * The status of every identity, drawn from its tenant and index, and ways to pick identities of a
 * kind or status: owners, requesters, approvers, custodians.
 */
final class Population {

    static final String ACTIVE = "active";
    static final String DISABLED = "disabled";
    static final String DEPARTED = "departed";

    private static final double DEPARTED_SHARE = 0.03;
    private static final double DISABLED_SHARE = 0.02;
    private static final double DISABLED_NON_HUMAN_SHARE = 0.06;
    private static final int SEARCH_LIMIT = 2_000;

    private final Draw draw;

    Population(Draw draw) {
        this.draw = draw;
    }

    String status(TenantPlan tenant, int index) {
        return status(tenant, index, tenant.blocks().kindOf(index));
    }

    /**
     * Break-glass accounts and each tenant's lead admin (its first admin) stay active; ~3% of people
     * have left, a few accounts are disabled.
     */
    String status(TenantPlan tenant, int index, IdentityKind kind) {
        if (kind == IdentityKind.BREAK_GLASS || kind == IdentityKind.ADMIN && index == leadAdmin(tenant)) {
            return ACTIVE;
        }
        double u = draw.unit(Salt.STATUS, tenant.index(), index);
        if (!kind.human()) {
            return u < DISABLED_NON_HUMAN_SHARE ? DISABLED : ACTIVE;
        }
        if (u < DEPARTED_SHARE) {
            return DEPARTED;
        }
        return u < DEPARTED_SHARE + DISABLED_SHARE ? DISABLED : ACTIVE;
    }

    /** The tenant's first admin, always active: it owns the tenant, its fixed systems and its policies. */
    static int leadAdmin(TenantPlan tenant) {
        return tenant.blocks().start(IdentityKind.ADMIN);
    }

    /** An active member or admin, found by walking from a random start; the lead admin when nobody else is. */
    int pickActivePerson(TenantPlan tenant, Rng rng) {
        int found = find(tenant, IdentityKind.MEMBER, ACTIVE, rng, i -> true);
        return found >= 0 ? found : leadAdmin(tenant);
    }

    /**
     * An identity of the kind with the status (any status when null) that {@code accept} takes,
     * walking from a random start over at most {@value #SEARCH_LIMIT} candidates; -1 when none.
     */
    int find(TenantPlan tenant, IdentityKind kind, String status, Rng rng, java.util.function.IntPredicate accept) {
        IdentityBlocks blocks = tenant.blocks();
        int count = blocks.count(kind);
        if (count == 0) {
            return -1;
        }
        int start = rng.below(count);
        for (int step = 0; step < Math.min(count, SEARCH_LIMIT); step++) {
            int candidate = blocks.start(kind) + (start + step) % count;
            if ((status == null || status.equals(status(tenant, candidate, kind))) && accept.test(candidate)) {
                return candidate;
            }
        }
        return -1;
    }

    /** An identity of the kind, uniformly; -1 when the tenant has none. */
    int pick(TenantPlan tenant, IdentityKind kind, Rng rng) {
        IdentityBlocks blocks = tenant.blocks();
        int count = blocks.count(kind);
        return count == 0 ? -1 : blocks.start(kind) + rng.below(count);
    }

    /** A non-human identity, uniformly; -1 when the tenant has none. */
    int pickNonHuman(TenantPlan tenant, Rng rng) {
        IdentityBlocks blocks = tenant.blocks();
        return blocks.nonHumans() == 0 ? -1 : blocks.humans() + rng.below(blocks.nonHumans());
    }

    /** A member (mostly) or an admin: someone who can own things. */
    int pickPerson(TenantPlan tenant, Rng rng) {
        int admin = pick(tenant, IdentityKind.ADMIN, rng);
        int member = pick(tenant, IdentityKind.MEMBER, rng);
        return member < 0 || rng.chance(0.1) ? admin : member;
    }

    /**
     * A member or admin with the given status, found by walking from a random start; falls back to
     * any member or admin when the tenant has nobody with that status.
     */
    int pickPerson(TenantPlan tenant, String status, Rng rng) {
        IdentityBlocks blocks = tenant.blocks();
        int first = blocks.start(IdentityKind.ADMIN);
        int span = blocks.end(IdentityKind.MEMBER) - first;
        int start = rng.below(span);
        for (int step = 0; step < Math.min(span, SEARCH_LIMIT); step++) {
            int candidate = first + (start + step) % span;
            if (blocks.kindOf(candidate) != IdentityKind.GUEST && status.equals(status(tenant, candidate))) {
                return candidate;
            }
        }
        return pickPerson(tenant, rng);
    }

    /** An active admin (the lead admin at worst). */
    int pickActiveAdmin(TenantPlan tenant, Rng rng) {
        IdentityBlocks blocks = tenant.blocks();
        int count = blocks.count(IdentityKind.ADMIN);
        int start = rng.below(count);
        for (int step = 0; step < count; step++) {
            int candidate = blocks.start(IdentityKind.ADMIN) + (start + step) % count;
            if (ACTIVE.equals(status(tenant, candidate, IdentityKind.ADMIN))) {
                return candidate;
            }
        }
        return leadAdmin(tenant);
    }
}
