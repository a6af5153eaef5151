package dev.faultline.ingest.generate;

/** Writes the group memberships of one tenant's identities, each at most once per group. */
final class Memberships {

    private static final int MAX_DEPARTMENTS = 3;

    private final TenantPlan tenant;
    private final CsvOut out;
    private final int[] sizes;
    private final Rng rng;
    private final int[] chosen = new int[MAX_DEPARTMENTS];

    Memberships(TenantPlan tenant, CsvOut out, int[] sizes, Rng rng) {
        this.tenant = tenant;
        this.out = out;
        this.sizes = sizes;
        this.rng = rng;
    }

    void of(int identity, IdentityKind kind) {
        switch (kind) {
            case BREAK_GLASS -> add(identity, TenantPlan.MFA_EXEMPT_GROUP);
            case ADMIN -> {
                add(identity, TenantPlan.ADMINS_GROUP);
                if (rng.chance(0.3)) {
                    add(identity, TenantPlan.HELPDESK_GROUP);
                }
            }
            case MEMBER -> member(identity);
            case GUEST -> departments(identity, rng.chance(0.8) ? 1 : 0);
            case SERVICE_PRINCIPAL, SERVICE_ACCOUNT -> serviceIdentity(identity);
            default -> {
                if (rng.chance(0.15)) {
                    add(identity, TenantPlan.SERVICE_ACCOUNTS_GROUP);
                }
            }
        }
    }

    private void member(int identity) {
        departments(identity, rng.chance(0.4) ? 3 : 2);
        if (tenant.kind().hasMailbox() && rng.chance(0.015)) {
            add(identity, TenantPlan.LEGACY_MAIL_GROUP);
        }
        if (rng.chance(0.004)) {
            add(identity, TenantPlan.MFA_EXEMPT_GROUP);
        }
    }

    private void serviceIdentity(int identity) {
        if (rng.chance(0.6)) {
            add(identity, TenantPlan.SERVICE_ACCOUNTS_GROUP);
        }
    }

    /** Up to {@code count} distinct department groups, the first departments more likely. */
    private void departments(int identity, int count) {
        int departments = tenant.departments();
        int picked = 0;
        for (int attempt = 0; picked < Math.min(count, departments) && attempt < 4 * count; attempt++) {
            int group = rng.skewed(TenantPlan.FIRST_DEPARTMENT, tenant.groups());
            if (!alreadyChosen(group, picked)) {
                chosen[picked++] = group;
                add(identity, group);
            }
        }
    }

    private boolean alreadyChosen(int group, int picked) {
        for (int k = 0; k < picked; k++) {
            if (chosen[k] == group) {
                return true;
            }
        }
        return false;
    }

    private void add(int identity, int group) {
        sizes[group]++;
        out.refKey(tenant.identityPrefix(identity), identity, TenantPlan.IDENTITY_WIDTH)
                .refKey(tenant.identity().groupPrefix(), group, TenantPlan.GROUP_WIDTH).end();
    }
}
