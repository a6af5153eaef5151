package dev.faultline.ingest.generate;

/**
 * Writes groups.csv and memberships.csv. Each tenant has five special groups (admins, which is
 * privileged; helpdesk, whose members are admin accounts; service accounts; MFA exclusions; legacy
 * mail users) and about one department group per 50 identities; people join two or three
 * departments (the first departments are the biggest), a few department groups are nested in
 * earlier ones (so nesting never cycles). Admin accounts and service identities join no
 * department, so that no department holds a privileged identity. Counts each group's direct
 * identity members for the exceptions that cover groups.
 */
final class GroupWriter {

    private static final String[] SPECIAL = {
        "Admins", "Helpdesk", "Service Accounts", "MFA Exclusions", "Legacy Mail Users",
    };
    private static final String[] DEPARTMENTS = {
        "Finance", "Sales", "Engineering", "HR", "Legal", "Marketing", "Support", "Operations", "IT",
        "Security", "Research", "Procurement", "Facilities", "Data", "Product",
    };
    private static final String[] REGIONS = {"EMEA", "AMER", "APAC", "Global"};
    private static final double NESTED_SHARE = 0.1;

    private final Enterprise enterprise;
    private final Plants plants;
    private final int[][] sizes;

    GroupWriter(Enterprise enterprise, Plants plants) {
        this.enterprise = enterprise;
        this.plants = plants;
        this.sizes = new int[enterprise.tenants().size()][];
        for (TenantPlan tenant : enterprise.tenants()) {
            sizes[tenant.index()] = new int[tenant.groups()];
        }
    }

    /** Direct identity members per group, per tenant (planted members not counted); complete once memberships are written. */
    GroupSizes sizes() {
        return new GroupSizes(sizes);
    }

    void groups(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Rng rng = enterprise.rng(BundleFile.GROUPS, tenant.index());
            boolean syncedTenant = tenant.neighbours().syncSource() >= 0;
            for (int g = 0; g < tenant.groups(); g++) {
                boolean department = g >= TenantPlan.FIRST_DEPARTMENT;
                String name = department ? rng.pick(DEPARTMENTS) + " " + rng.pick(REGIONS) + " " + g
                        : tenant.company().name() + " " + SPECIAL[g];
                out.key(tenant.identity().groupPrefix(), g, TenantPlan.GROUP_WIDTH).ref(tenant.id()).text(name)
                        .text(kind(tenant.kind(), g, rng)).bool(department && syncedTenant && rng.chance(0.4))
                        .bool(g == TenantPlan.ADMINS_GROUP).end();
            }
        }
    }

    private static String kind(TenantKind tenantKind, int group, Rng rng) {
        if (tenantKind == TenantKind.GITHUB) {
            return "other";
        }
        if (group == TenantPlan.ADMINS_GROUP) {
            return tenantKind == TenantKind.ENTRA ? "role-assignable" : "security";
        }
        if (group < TenantPlan.FIRST_DEPARTMENT) {
            return "security";
        }
        double u = rng.unit();
        return switch (tenantKind) {
            case ENTRA -> u < 0.5 ? "security" : u < 0.75 ? "microsoft365" : u < 0.9 ? "dynamic" : "distribution";
            case AD, GOOGLE -> u < 0.7 ? "security" : "distribution";
            default -> "security";
        };
    }

    void memberships(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Rng rng = enterprise.rng(BundleFile.MEMBERSHIPS, tenant.index());
            Memberships memberships = new Memberships(tenant, out, sizes[tenant.index()], rng);
            IdentityBlocks blocks = tenant.blocks();
            for (IdentityKind kind : IdentityKind.ALL) {
                for (int i = blocks.start(kind); i < blocks.end(kind); i++) {
                    if (!plants.plain(tenant.index(), i)) {
                        memberships.of(i, kind);
                    }
                }
            }
            nested(tenant, out, rng);
        }
        PlantedRows.write(out, plants.rows(BundleFile.MEMBERSHIPS));
    }


    private static void nested(TenantPlan tenant, CsvOut out, Rng rng) {
        String prefix = tenant.identity().groupPrefix();
        for (int g = TenantPlan.FIRST_DEPARTMENT + 1; g < tenant.groups(); g++) {
            if (rng.chance(NESTED_SHARE)) {
                int parent = TenantPlan.FIRST_DEPARTMENT + rng.below(g - TenantPlan.FIRST_DEPARTMENT);
                out.refKey(prefix, g, TenantPlan.GROUP_WIDTH).refKey(prefix, parent, TenantPlan.GROUP_WIDTH).end();
            }
        }
    }
}
