package dev.faultline.ingest.generate;

import dev.faultline.ingest.generate.Draw.Salt;
import dev.faultline.ingest.generate.TenantPlan.Neighbours;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the enterprise from the settings: companies (two tenants each, the acquirer first), tenant
 * kinds cycling through {@link TenantKind#CYCLE}, identities spread over tenants (the acquirer's
 * bigger), and the layout of each tenant's identities.
 */
final class EnterprisePlanner {

    private static final int MIN_TENANT_IDENTITIES = 20;
    private static final double SYNCED_SHARE = 0.7;
    private static final LocalDate REFERENCE_DATE = Timestamps.date(Timestamps.NOW);

    private EnterprisePlanner() {
    }

    static Enterprise plan(GeneratorSettings settings) {
        Draw draw = new Draw(settings.seed());
        int tenantCount = settings.tenants();
        List<Company> companies = companies(companyOf(tenantCount - 1, tenantCount) + 1, draw);
        int[] sizes = Apportion.split(settings.identities(), weights(tenantCount, draw), MIN_TENANT_IDENTITIES);
        IdentityBlocks[] blocks = new IdentityBlocks[tenantCount];
        for (int t = 0; t < tenantCount; t++) {
            blocks[t] = IdentityLayout.blocks(kind(t), sizes[t], new Rng(draw.bits(Salt.TENANT, t, 1)), t == 0);
        }
        List<TenantPlan> tenants = new ArrayList<>(tenantCount);
        for (int t = 0; t < tenantCount; t++) {
            tenants.add(tenant(t, companies.get(companyOf(t, tenantCount)), blocks, draw));
        }
        return new Enterprise(draw, companies, tenants, new People(tenants, draw), new Population(draw));
    }

    private static TenantPlan tenant(int t, Company company, IdentityBlocks[] blocks, Draw draw) {
        TenantKind kind = kind(t);
        String id = company.slug() + "-" + kind.label();
        boolean retiring = kind == TenantKind.AD && company.acquired()
                && company.acquisitionDate().isBefore(REFERENCE_DATE.minusYears(4));
        TenantIdentity identity = TenantIdentity.of(id, kind, company, retiring, new Rng(draw.bits(Salt.TENANT, t, 0)));
        List<SystemCatalog.Spec> systems = SystemCatalog.forTenant(kind, blocks[t].total(),
                new Rng(draw.bits(Salt.TENANT, t, 3)));
        List<PolicyPlan> policies = PolicyPlan.forTenant(kind, systems.size(), blocks[t].total(),
                new Rng(draw.bits(Salt.TENANT, t, 2)));
        return new TenantPlan(t, kind, company, blocks[t], neighbours(t, blocks), identity, systems, policies);
    }

    private static Neighbours neighbours(int t, IdentityBlocks[] blocks) {
        int tenantCount = blocks.length;
        if (kind(t) == TenantKind.ENTRA && t + 1 < tenantCount && kind(t + 1) == TenantKind.AD) {
            int synced = (int) Math.min(Math.round(blocks[t].count(IdentityKind.MEMBER) * SYNCED_SHARE),
                    blocks[t + 1].count(IdentityKind.MEMBER));
            return new Neighbours(t + 1, synced, -1);
        }
        boolean sister = tenantCount > 2 && t % 2 == 1 && kind(t) != TenantKind.AD;
        return sister ? new Neighbours(-1, 0, t - 1) : Neighbours.NONE;
    }

    static TenantKind kind(int tenant) {
        return TenantKind.CYCLE[tenant % TenantKind.CYCLE.length];
    }

    /** With two tenants the second is acquired; otherwise companies own tenants two by two. */
    static int companyOf(int tenant, int tenantCount) {
        return tenantCount <= 2 ? tenant : tenant / 2;
    }

    private static double[] weights(int tenantCount, Draw draw) {
        double[] weights = new double[tenantCount];
        for (int t = 0; t < tenantCount; t++) {
            boolean acquirer = companyOf(t, tenantCount) == 0;
            weights[t] = acquirer ? (t == 0 ? 3.0 : 2.5) : 0.6 + 0.8 * draw.unit(Salt.WEIGHT, t, 0);
        }
        return weights;
    }

    private static List<Company> companies(int count, Draw draw) {
        List<Company> companies = new ArrayList<>(count);
        companies.add(Company.of(0, null));
        for (int c = 1; c < count; c++) {
            companies.add(Company.of(c, REFERENCE_DATE.minusDays(120 + draw.below(2400, Salt.COMPANY, c, 0))));
        }
        return companies;
    }
}
