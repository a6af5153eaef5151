package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Plants stale secrets (stale-credential) and service identities nobody answers for
 * (ownerless-nhi) on non-human identities that nothing else touches.
 */
final class NhiPlants {

    private static final String STALE = "stale-credential";
    private static final String OWNERLESS = "ownerless-nhi";

    private final PlantContext c;

    NhiPlants(PlantContext context) {
        this.c = context;
    }

    void plant() {
        List<Integer> tenants = new ArrayList<>();
        for (TenantPlan tenant : c.enterprise.tenants()) {
            if (tenant.blocks().nonHumans() > 0) {
                tenants.add(tenant.index());
            }
        }
        int n = c.count(8);
        for (int k = 0; k < n; k++) {
            stale(tenants.get((k + k / 8) % tenants.size()), k % 8, c.rng(0, 5000 + k));
        }
        n = c.count(4);
        for (int k = 0; k < n; k++) {
            ownerless(tenants.get((k + k / 4) % tenants.size()), k % 4, c.rng(0, 6000 + k));
        }
    }

    /** One credential with known dates: expired, too old, never rotated, unused, long-lived, leaked. */
    private void stale(int t, int variant, Rng rng) {
        int nhi = c.takeNhi(t, Population.ACTIVE, rng, i -> true);
        if (nhi < 0) {
            return;
        }
        TenantPlan tenant = c.tenant(t);
        Plants.IdentityPlant plant = c.plants.identity(t, nhi);
        plant.plain = true;
        String owner = c.lead(t);
        String ownerStatus = "active";
        if (variant == 7) {
            int departed = c.take(t, IdentityKind.MEMBER, Population.DEPARTED, rng, i -> true);
            if (departed < 0) {
                plant.owners = List.<String[]>of(new String[] {owner, "owner"});
                return;
            }
            owner = c.key(t, departed);
            ownerStatus = Population.DEPARTED;
        }
        plant.owners = List.<String[]>of(new String[] {owner, "owner"});
        String kind;
        String[] dates;
        String severity = "medium";
        String why;
        switch (variant) {
            case 0, 6 -> {
                kind = "client-secret";
                dates = dates(200, -10, 11, 200, -1);
                why = "a client secret expired 10 days ago and is still active";
                if (variant == 6) {
                    c.plants.row(BundleFile.ROLE_ASSIGNMENTS, c.key(t, nhi), tenant.roleKey(0), "active",
                            tenant.identity().roleScope());
                    severity = "high";
                    why = "an expired client secret of a privileged service identity";
                }
            }
            case 1 -> {
                kind = "access-key";
                dates = dates(800, Integer.MIN_VALUE, 2, 500, -1);
                why = "an access key last rotated 500 days ago";
            }
            case 2 -> {
                kind = "api-token";
                dates = dates(400, 200, 1, -1, -1);
                why = "an API token created 400 days ago and never rotated";
            }
            case 3, 7 -> {
                kind = "client-secret";
                dates = dates(150, 200, 120, 150, -1);
                why = "a client secret unused for 120 days" + (variant == 7 ? ", whose identity's owner left" : "");
            }
            case 4 -> {
                kind = "certificate";
                dates = dates(30, 1000, 1, -1, -1);
                severity = "low";
                why = "a certificate valid for almost three years";
            }
            default -> {
                kind = "client-secret";
                dates = dates(60, 100, 1, 60, 20);
                severity = "critical";
                why = "a client secret leaked 20 days ago and still active";
            }
        }
        String key = c.key(t, nhi).replace("/n/", "/c/") + "-planted";
        c.plants.row(BundleFile.CREDENTIALS, key, tenant.id(), c.key(t, nhi), kind, "active", dates[0], dates[1],
                dates[2], dates[3], dates[4]);
        c.expect(STALE, key, null, Expected.adjusted(severity, ownerStatus), owner, ownerStatus, why);
        if (variant == 7) {
            c.expect(OWNERLESS, c.key(t, nhi), null, "high", owner, ownerStatus,
                    "the service identity's only owner left (and it holds an active secret)");
        }
    }

    /** created, expires (days from now; MIN_VALUE: never), last used, last rotated, leaked (days ago; -1: none). */
    private static String[] dates(int created, int expiresIn, int used, int rotated, int leaked) {
        return new String[] {PlantContext.daysAgo(created),
            expiresIn == Integer.MIN_VALUE ? null : PlantContext.time(PlantContext.NOW + expiresIn * PlantContext.DAY),
            PlantContext.daysAgo(used), rotated < 0 ? null : PlantContext.daysAgo(rotated),
            leaked < 0 ? null : PlantContext.daysAgo(leaked)};
    }

    /** No owner, an owner who left, owners disabled and departed, a privileged identity without owner. */
    private void ownerless(int t, int variant, Rng rng) {
        int nhi = c.takeNhi(t, Population.ACTIVE, rng, i -> true);
        if (nhi < 0) {
            return;
        }
        TenantPlan tenant = c.tenant(t);
        Plants.IdentityPlant plant = c.plants.identity(t, nhi);
        plant.plain = true;
        List<String[]> owners = new ArrayList<>();
        String best = null;
        String bestStatus = "missing";
        String why = "nobody owns the service identity";
        if (variant == 1 || variant == 2) {
            int departed = c.take(t, IdentityKind.MEMBER, Population.DEPARTED, rng, i -> true);
            if (departed >= 0) {
                owners.add(new String[] {c.key(t, departed), "owner"});
                best = c.key(t, departed);
                bestStatus = Population.DEPARTED;
                why = "the service identity's owner left";
            }
        }
        if (variant == 2) {
            int disabled = c.take(t, IdentityKind.MEMBER, Population.DISABLED, rng, i -> true);
            if (disabled >= 0) {
                owners.add(new String[] {c.key(t, disabled), "technical"});
                best = c.key(t, disabled);
                bestStatus = Population.DISABLED;
                why = "the service identity's owners are disabled or gone";
            }
        }
        boolean privileged = variant == 3;
        if (privileged) {
            c.plants.row(BundleFile.ROLE_ASSIGNMENTS, c.key(t, nhi), tenant.roleKey(0), "active",
                    tenant.identity().roleScope());
            why = "a privileged service identity that nobody owns";
        }
        plant.owners = owners;
        IdentityKind kind = tenant.blocks().kindOf(nhi);
        boolean credential = CredentialWriter.firstKind(tenant.kind(), kind) != null;
        c.expect(OWNERLESS, c.key(t, nhi), null, privileged || credential ? "high" : "medium", best, bestStatus, why);
    }
}
