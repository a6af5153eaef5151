package dev.faultline.ingest.generate;

/**
 * Writes systems.csv and access.csv: people reach one application each (three in four of them),
 * admins the admin portal, non-human identities one or two systems, department groups one or two,
 * privileged roles the admin portal.
 */
final class SystemWriter {

    private static final String[] MACHINE_PERMISSIONS = {"api", "read", "read", "write", "write", "admin"};
    private static final String[] CLOUD_PERMISSIONS = {"ReadOnly", "ReadOnly", "write", "write", "FullAccess"};

    private final Enterprise enterprise;

    SystemWriter(Enterprise enterprise) {
        this.enterprise = enterprise;
    }

    void systems(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            for (int s = 0; s < tenant.systems(); s++) {
                SystemCatalog.Spec spec = tenant.system(s);
                out.key(tenant.identity().systemPrefix(), s, TenantPlan.SYSTEM_WIDTH).ref(tenant.id())
                        .text(tenant.company().name() + " " + spec.name()).text(spec.kind()).text(spec.criticality())
                        .bool(spec.requiresMfa()).end();
            }
        }
    }

    void access(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Grants grants = new Grants(tenant, out, enterprise.rng(BundleFile.ACCESS, tenant.index()));
            IdentityBlocks blocks = tenant.blocks();
            for (IdentityKind kind : IdentityKind.ALL) {
                for (int i = blocks.start(kind); i < blocks.end(kind); i++) {
                    identity(grants, i, kind, tenant.kind());
                }
            }
            groups(grants, tenant);
            roles(grants, tenant);
        }
    }

    private static void identity(Grants grants, int identity, IdentityKind kind, TenantKind tenantKind) {
        Rng rng = grants.rng();
        switch (kind) {
            case BREAK_GLASS -> grants.identity(identity, SystemCatalog.ADMIN_PORTAL, "admin");
            case ADMIN -> {
                grants.identity(identity, SystemCatalog.ADMIN_PORTAL, "admin");
                grants.identity(identity, grants.application(SystemCatalog.ADMIN_PORTAL), "user");
            }
            case MEMBER -> grants.identityMaybe(identity, 0.75, "user");
            case GUEST -> grants.identityMaybe(identity, 0.5, "user");
            default -> {
                String[] permissions = tenantKind == TenantKind.AWS ? CLOUD_PERMISSIONS : MACHINE_PERMISSIONS;
                int first = grants.application(-1);
                grants.identity(identity, first, rng.pick(permissions));
                if (rng.chance(0.3)) {
                    grants.identity(identity, grants.application(first), rng.pick(permissions));
                }
            }
        }
    }

    private static void groups(Grants grants, TenantPlan tenant) {
        grants.group(TenantPlan.ADMINS_GROUP, SystemCatalog.ADMIN_PORTAL, "admin");
        grants.group(TenantPlan.HELPDESK_GROUP, SystemCatalog.ADMIN_PORTAL, "helpdesk");
        if (tenant.mailSystem() >= 0) {
            grants.group(TenantPlan.LEGACY_MAIL_GROUP, tenant.mailSystem(), "user");
        }
        for (int g = TenantPlan.FIRST_DEPARTMENT; g < tenant.groups(); g++) {
            int first = grants.application(-1);
            grants.group(g, first, "user");
            if (grants.rng().chance(0.3)) {
                grants.group(g, grants.application(first), "user");
            }
        }
    }

    private static void roles(Grants grants, TenantPlan tenant) {
        RoleCatalog roles = tenant.roles();
        for (int r = 0; r < roles.size(); r++) {
            if (roles.role(r).privileged()) {
                grants.role(r, SystemCatalog.ADMIN_PORTAL, "admin");
            }
        }
        if (tenant.kind() == TenantKind.AWS) {
            grants.role(0, 0, "FullAccess");
        }
    }
}
