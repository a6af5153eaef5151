package dev.faultline.ingest.generate;

import java.util.Set;

/**
 * Writes identities.csv: every tenant's identities, block by block (break-glass, admins, guests,
 * members, then the non-human kinds), with status, MFA registration and sign-in dates.
 */
final class IdentityWriter {

    private static final Set<IdentityKind> NO_SIGN_IN =
            Set.of(IdentityKind.ACCESS_KEY, IdentityKind.API_KEY, IdentityKind.TOKEN);
    private static final String[] ADMIN_METHODS = {"fido2", "passkey", "windows-hello;push", "push;fido2", "push"};

    private final Enterprise enterprise;
    private final Plants plants;
    private final HumanAccounts humans;

    IdentityWriter(Enterprise enterprise, Plants plants) {
        this.enterprise = enterprise;
        this.plants = plants;
        this.humans = new HumanAccounts(enterprise);
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Rng rng = enterprise.rng(BundleFile.IDENTITIES, tenant.index());
            IdentityBlocks blocks = tenant.blocks();
            for (IdentityKind kind : IdentityKind.ALL) {
                for (int i = blocks.start(kind); i < blocks.end(kind); i++) {
                    Account account = kind.human() ? humans.account(tenant, i, kind)
                            : MachineAccounts.account(tenant, i, kind, i - blocks.start(kind), rng.nextLong());
                    row(out, tenant, i, kind, account, rng);
                }
            }
        }
    }

    private void row(CsvOut out, TenantPlan tenant, int index, IdentityKind kind, Account account, Rng rng) {
        String status = enterprise.population().status(tenant, index, kind);
        Plants.IdentityPlant plant = plants.find(tenant.index(), index);
        boolean synced = account.synced() || plant != null && plant.synced;
        out.key(tenant.identityPrefix(index), index, TenantPlan.IDENTITY_WIDTH).ref(tenant.id()).text(kind.label())
                .text(account.name()).text(account.displayName()).text(account.email()).text(account.upn())
                .text(status).bool(synced).text(account.onPremSid()).text(account.employeeId());
        mfa(out, tenant, index, kind, plant, rng);
        long created = Timestamps.daysAgo(rng, 30, 3650);
        out.dateTime(created);
        long lastSignIn = lastSignIn(kind, status, rng);
        if (plant != null && plant.lastSignIn >= 0) {
            out.dateTime(plant.lastSignIn);
        } else if (lastSignIn < 0) {
            out.empty();
        } else {
            out.dateTime(Math.max(lastSignIn, created + rng.below((int) Timestamps.DAY)));
        }
        out.text(plant == null || plant.legacyAuthAllowed == null ? null : plant.legacyAuthAllowed.toString());
        if (plant != null && plant.lastInteractiveSignIn >= 0) {
            out.dateTime(plant.lastInteractiveSignIn);
        } else {
            out.empty();
        }
        out.end();
    }

    /** Registered for most people, alike on every account of a person ({@link HumanMfa}); plants may take it away. */
    private void mfa(CsvOut out, TenantPlan tenant, int index, IdentityKind kind, Plants.IdentityPlant plant, Rng rng) {
        TenantKind tenantKind = tenant.kind();
        Boolean known = plant != null && plant.mfaRegistered != null ? plant.mfaRegistered
                : HumanMfa.registered(enterprise, tenant, index);
        if (!kind.human() || known == null) {
            out.text(known == null ? null : known.toString()).empty();
            return;
        }
        boolean registered = known;
        out.bool(registered);
        if (!registered) {
            out.empty();
        } else if (kind == IdentityKind.BREAK_GLASS) {
            out.text("fido2");
        } else {
            out.text(rng.pick(kind == IdentityKind.ADMIN && tenantKind == TenantKind.ENTRA
                    ? ADMIN_METHODS : tenantKind.mfaMethods()));
        }
    }

    /** -1 when the identity never signed in (or signs in with a key whose use the credential tracks). */
    private static long lastSignIn(IdentityKind kind, String status, Rng rng) {
        if (NO_SIGN_IN.contains(kind)) {
            return -1;
        }
        if (kind == IdentityKind.BREAK_GLASS) {
            return Timestamps.daysAgo(rng, 60, 365);
        }
        return switch (status) {
            case Population.DEPARTED -> Timestamps.daysAgo(rng, 60, 700);
            case Population.DISABLED -> Timestamps.daysAgo(rng, 20, 400);
            default -> rng.chance(0.07) ? -1 : Timestamps.daysAgo(rng, 0, 30);
        };
    }
}
