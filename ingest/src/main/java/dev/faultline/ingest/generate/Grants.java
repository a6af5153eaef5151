package dev.faultline.ingest.generate;

/** Writes the access rows of one tenant and picks the systems they reach. */
final class Grants {

    private final TenantPlan tenant;
    private final CsvOut out;
    private final Rng rng;

    Grants(TenantPlan tenant, CsvOut out, Rng rng) {
        this.tenant = tenant;
        this.out = out;
        this.rng = rng;
    }

    Rng rng() {
        return rng;
    }

    /**
     * A system other than {@code except}: a generic application (the first ones more used) when the
     * tenant has any, else one of the fixed systems.
     */
    int application(int except) {
        int systems = tenant.systems();
        int low = systems > SystemCatalog.FIXED + 1 ? SystemCatalog.FIXED : 0;
        int pick = rng.skewed(low, systems);
        return pick == except ? (pick + 1 - low) % (systems - low) + low : pick;
    }

    void identity(int identity, int system, String permission) {
        out.refKey(tenant.identityPrefix(identity), identity, TenantPlan.IDENTITY_WIDTH);
        finish(system, permission);
    }

    void identityMaybe(int identity, double chance, String permission) {
        if (rng.chance(chance)) {
            identity(identity, application(-1), permission);
        }
    }

    void group(int group, int system, String permission) {
        out.refKey(tenant.identity().groupPrefix(), group, TenantPlan.GROUP_WIDTH);
        finish(system, permission);
    }

    void role(int role, int system, String permission) {
        out.ref(tenant.roleKey(role));
        finish(system, permission);
    }

    private void finish(int system, String permission) {
        out.refKey(tenant.identity().systemPrefix(), system, TenantPlan.SYSTEM_WIDTH).text(permission).end();
    }
}
