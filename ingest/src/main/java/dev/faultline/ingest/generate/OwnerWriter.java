package dev.faultline.ingest.generate;

/**
 * Writes owners.csv: who is accountable for each tenant (sponsored by the acquirer after a
 * merger), its systems, groups, policies, break-glass accounts (two custodians), guests (a sponsor)
 * and most non-human identities. Some owners have left or been disabled, some things have none.
 */
final class OwnerWriter {

    private final Enterprise enterprise;
    private final Population population;

    OwnerWriter(Enterprise enterprise) {
        this.enterprise = enterprise;
        this.population = enterprise.population();
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Rng rng = enterprise.rng(BundleFile.OWNERS, tenant.index());
            Owners owners = new Owners(tenant, out);
            tenant(owners, tenant, rng);
            groups(owners, tenant, rng);
            systems(owners, tenant, rng);
            for (int p = 0; p < tenant.policies().size(); p++) {
                owners.person(population.pickActiveAdmin(tenant, rng), tenant.policyKey(p), "owner");
            }
            identities(owners, tenant, rng);
        }
    }

    private void tenant(Owners owners, TenantPlan tenant, Rng rng) {
        boolean leftAfterMerger = tenant.company().acquired() && rng.chance(0.3);
        owners.person(leftAfterMerger ? population.pickPerson(tenant, Population.DEPARTED, rng)
                : population.pickActiveAdmin(tenant, rng), tenant.id(), "owner");
        if (tenant.company().acquired()) {
            TenantPlan hub = enterprise.hub();
            owners.row(hub.identityKey(population.pickActiveAdmin(hub, rng)), tenant.id(), "sponsor");
        }
    }

    private void groups(Owners owners, TenantPlan tenant, Rng rng) {
        owners.person(population.pickActiveAdmin(tenant, rng), tenant.groupKey(TenantPlan.ADMINS_GROUP), "owner");
        for (int g = TenantPlan.FIRST_DEPARTMENT; g < tenant.groups(); g++) {
            if (rng.chance(0.3)) {
                owners.person(population.pickPerson(tenant, rng), tenant.groupKey(g), "owner");
            }
        }
    }

    /** None (10%), a team (20%), else a person, and sometimes a technical owner besides. */
    private void systems(Owners owners, TenantPlan tenant, Rng rng) {
        for (int s = 0; s < tenant.systems(); s++) {
            String system = tenant.systemKey(s);
            double u = rng.unit();
            if (u < 0.1) {
                continue;
            }
            if (u < 0.3) {
                owners.row(tenant.groupKey(rng.chance(0.3) ? TenantPlan.HELPDESK_GROUP
                        : rng.skewed(TenantPlan.FIRST_DEPARTMENT, tenant.groups())), system, "owner");
                continue;
            }
            boolean important = s < SystemCatalog.FIXED || "critical".equals(tenant.system(s).criticality());
            int owner = rng.chance(0.05) ? population.pickPerson(tenant, Population.DEPARTED, rng)
                    : important ? population.pickActiveAdmin(tenant, rng) : population.pickPerson(tenant, rng);
            owners.person(owner, system, "owner");
            int technical = population.pickPerson(tenant, rng);
            if (rng.chance(0.3) && technical != owner) {
                owners.person(technical, system, "technical");
            }
        }
    }

    private void identities(Owners owners, TenantPlan tenant, Rng rng) {
        IdentityBlocks blocks = tenant.blocks();
        for (int i = blocks.start(IdentityKind.BREAK_GLASS); i < blocks.end(IdentityKind.BREAK_GLASS); i++) {
            int first = population.pickActiveAdmin(tenant, rng);
            int second = population.pickActiveAdmin(tenant, rng);
            owners.person(first, tenant.identityKey(i), "custodian");
            if (second != first) {
                owners.person(second, tenant.identityKey(i), "custodian");
            }
        }
        for (int i = blocks.start(IdentityKind.GUEST); i < blocks.end(IdentityKind.GUEST); i++) {
            if (rng.chance(0.5)) {
                owners.person(population.pick(tenant, IdentityKind.MEMBER, rng), tenant.identityKey(i), "sponsor");
            }
        }
        for (int i = blocks.humans(); i < blocks.total(); i++) {
            if (rng.chance(0.8)) {
                int owner = rng.chance(0.05) ? population.pickPerson(tenant, Population.DEPARTED, rng)
                        : population.pickPerson(tenant, rng);
                owners.person(owner, tenant.identityKey(i), "owner");
            }
        }
    }

    /** Writes the owner rows of one tenant. */
    private static final class Owners {

        private final TenantPlan tenant;
        private final CsvOut out;

        Owners(TenantPlan tenant, CsvOut out) {
            this.tenant = tenant;
            this.out = out;
        }

        void person(int identity, String target, String role) {
            out.refKey(tenant.identityPrefix(identity), identity, TenantPlan.IDENTITY_WIDTH).ref(target).text(role).end();
        }

        void row(String owner, String target, String role) {
            out.ref(owner).ref(target).text(role).end();
        }
    }
}
