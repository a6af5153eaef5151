package dev.faultline.ingest.generate;

/**
 * Writes roles.csv (each tenant's role catalog) and role_assignments.csv: break-glass accounts hold
 * the top role, admins one to three privileged roles (some only eligible, in Entra through PIM), the
 * admins and helpdesk groups their roles, a few non-human identities privileged roles they should
 * not have, and AWS principals their permission sets.
 */
final class RoleWriter {

    private final Enterprise enterprise;
    private final Plants plants;

    RoleWriter(Enterprise enterprise, Plants plants) {
        this.enterprise = enterprise;
        this.plants = plants;
    }

    /** The privileged role the admins group holds. */
    static int adminsGroupRole(TenantPlan tenant) {
        return Math.min(1, tenant.roles().privilegedCount() - 1);
    }

    void roles(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            RoleCatalog roles = tenant.roles();
            for (int r = 0; r < roles.size(); r++) {
                out.text(tenant.roleKey(r)).ref(tenant.id()).text(roles.role(r).name())
                        .bool(roles.role(r).privileged()).end();
            }
        }
    }

    void assignments(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Assigner assigner = new Assigner(tenant, out, enterprise.rng(BundleFile.ROLE_ASSIGNMENTS, tenant.index()));
            IdentityBlocks blocks = tenant.blocks();
            for (IdentityKind kind : IdentityKind.ALL) {
                for (int i = blocks.start(kind); i < blocks.end(kind); i++) {
                    if (!plants.plain(tenant.index(), i)) {
                        assigner.identity(i, kind);
                    }
                }
            }
            assigner.groups();
        }
        PlantedRows.write(out, plants.rows(BundleFile.ROLE_ASSIGNMENTS));
    }

    /** The role assignments of one tenant. */
    private static final class Assigner {

        private final TenantPlan tenant;
        private final CsvOut out;
        private final Rng rng;
        private final RoleCatalog roles;
        private final int privileged;
        private final String[] keys;

        Assigner(TenantPlan tenant, CsvOut out, Rng rng) {
            this.tenant = tenant;
            this.out = out;
            this.rng = rng;
            this.roles = tenant.roles();
            this.privileged = roles.privilegedCount();
            this.keys = new String[roles.size()];
            for (int r = 0; r < keys.length; r++) {
                keys[r] = tenant.roleKey(r);
            }
        }

        void identity(int identity, IdentityKind kind) {
            switch (kind) {
                case BREAK_GLASS -> assign(identity, 0, false);
                case ADMIN -> admin(identity);
                case MEMBER -> {
                    if (rng.chance(0.01)) {
                        assign(identity, unprivileged(), false);
                    }
                }
                case GUEST -> { }
                default -> nonHuman(identity);
            }
        }

        private void admin(int identity) {
            int first = rng.below(privileged);
            int count = Math.min(privileged, 1 + rng.below(3));
            boolean pim = tenant.kind() == TenantKind.ENTRA;
            for (int k = 0; k < count; k++) {
                assign(identity, (first + k) % privileged, pim && rng.chance(0.3));
            }
        }

        private void nonHuman(int identity) {
            if (tenant.kind() == TenantKind.AWS) {
                if (rng.chance(0.5)) {
                    double u = rng.unit();
                    assign(identity, u < 0.05 ? 0 : u < 0.15 ? 1 : unprivileged(), false);
                }
                return;
            }
            if (rng.chance(0.03)) {
                assign(identity, rng.below(privileged), false);
            } else if (rng.chance(0.05)) {
                assign(identity, unprivileged(), false);
            }
        }

        void groups() {
            assignGroup(TenantPlan.ADMINS_GROUP, adminsGroupRole(tenant));
            if (roles.helpdesk() >= 0) {
                assignGroup(TenantPlan.HELPDESK_GROUP, roles.helpdesk());
            }
        }

        private int unprivileged() {
            return privileged + rng.below(roles.size() - privileged);
        }

        private void assign(int identity, int role, boolean eligible) {
            out.refKey(tenant.identityPrefix(identity), identity, TenantPlan.IDENTITY_WIDTH);
            finish(role, eligible);
        }

        private void assignGroup(int group, int role) {
            out.refKey(tenant.identity().groupPrefix(), group, TenantPlan.GROUP_WIDTH);
            finish(role, tenant.kind() == TenantKind.ENTRA);
        }

        private void finish(int role, boolean eligible) {
            out.ref(keys[role]).text(eligible ? "eligible" : "active").text(tenant.identity().roleScope()).end();
        }
    }
}
