package dev.faultline.ingest.generate;

/**
 * Writes owners.csv: who is accountable for each tenant (its lead admin, sponsored by the
 * acquirer's after a merger), its systems (the fixed ones by the lead admin), groups, policies
 * (the lead admin), break-glass accounts (two active custodians), guests (an active sponsor) and
 * every non-human identity (an active person). Planted owners replace these where a plant says so.
 */
final class OwnerWriter {

    private final Enterprise enterprise;
    private final Plants plants;
    private final Population population;

    OwnerWriter(Enterprise enterprise, Plants plants) {
        this.enterprise = enterprise;
        this.plants = plants;
        this.population = enterprise.population();
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Rng rng = enterprise.rng(BundleFile.OWNERS, tenant.index());
            Owners owners = new Owners(tenant, out);
            tenant(owners, tenant, rng);
            groups(owners, tenant, rng);
            systems(owners, tenant, rng);
            int lead = Population.leadAdmin(tenant);
            for (int p = 0; p < tenant.policies().size(); p++) {
                owners.person(lead, tenant.policyKey(p), "owner");
            }
            for (int k = 0; k < plants.policies(tenant.index()).size(); k++) {
                String owner = plants.policyOwner(tenant.index(), k);
                if (owner != null) {
                    owners.row(owner, tenant.policyKey(tenant.policies().size() + k), "owner");
                }
            }
            identities(owners, tenant, rng);
        }
    }

    private void tenant(Owners owners, TenantPlan tenant, Rng rng) {
        owners.person(Population.leadAdmin(tenant), tenant.id(), "owner");
        if (tenant.company().acquired()) {
            TenantPlan hub = enterprise.hub();
            owners.row(hub.identityKey(population.pickActiveAdmin(hub, rng)), tenant.id(), "sponsor");
        }
    }

    private void groups(Owners owners, TenantPlan tenant, Rng rng) {
        owners.person(Population.leadAdmin(tenant), tenant.groupKey(TenantPlan.ADMINS_GROUP), "owner");
        for (int g = TenantPlan.FIRST_DEPARTMENT; g < tenant.groups(); g++) {
            if (rng.chance(0.3)) {
                owners.person(population.pickPerson(tenant, rng), tenant.groupKey(g), "owner");
            }
        }
    }

    /** The fixed systems by the lead admin; others by a team (20%) or a person; sometimes a technical owner besides. */
    private void systems(Owners owners, TenantPlan tenant, Rng rng) {
        for (int s = 0; s < tenant.systems(); s++) {
            String system = tenant.systemKey(s);
            double u = rng.unit();
            if (s < SystemCatalog.FIXED) {
                owners.person(Population.leadAdmin(tenant), system, "owner");
                continue;
            }
            if (u < 0.2) {
                owners.row(tenant.groupKey(rng.chance(0.3) ? TenantPlan.HELPDESK_GROUP
                        : rng.skewed(TenantPlan.FIRST_DEPARTMENT, tenant.groups())), system, "owner");
                continue;
            }
            boolean important = "critical".equals(tenant.system(s).criticality());
            int owner = important ? population.pickActiveAdmin(tenant, rng) : population.pickActivePerson(tenant, rng);
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
            if (!planted(owners, tenant, i)) {
                owners.person(first, tenant.identityKey(i), "custodian");
                if (second != first) {
                    owners.person(second, tenant.identityKey(i), "custodian");
                }
            }
        }
        for (int i = blocks.start(IdentityKind.GUEST); i < blocks.end(IdentityKind.GUEST); i++) {
            if (rng.chance(0.5)) {
                owners.person(population.pickActivePerson(tenant, rng), tenant.identityKey(i), "sponsor");
            }
        }
        for (int i = blocks.humans(); i < blocks.total(); i++) {
            int owner = population.pickActivePerson(tenant, rng);
            if (!planted(owners, tenant, i)) {
                owners.person(owner, tenant.identityKey(i), "owner");
            }
        }
    }

    /** Writes the owners a plant gives the identity; false when no plant decides them. */
    private boolean planted(Owners owners, TenantPlan tenant, int identity) {
        Plants.IdentityPlant plant = plants.find(tenant.index(), identity);
        if (plant == null || plant.owners == null) {
            return false;
        }
        for (String[] owner : plant.owners) {
            owners.row(owner[0], tenant.identityKey(identity), owner[1]);
        }
        return true;
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
