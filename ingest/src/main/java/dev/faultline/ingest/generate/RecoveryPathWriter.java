package dev.faultline.ingest.generate;

/**
 * Writes recovery_paths.csv: self-service resets of department groups (which hold no privileged
 * identity), and strong resets of admin accounts, the admins group, the top role and break-glass
 * accounts by privileged reset roles; then the planted weak ones.
 */
final class RecoveryPathWriter {

    private static final int WIDTH = 5;

    private final Enterprise enterprise;
    private final Plants plants;

    RecoveryPathWriter(Enterprise enterprise, Plants plants) {
        this.enterprise = enterprise;
        this.plants = plants;
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Recoveries recoveries = new Recoveries(tenant, out);
            Rng rng = enterprise.rng(BundleFile.RECOVERY_PATHS, tenant.index());
            selfService(recoveries, tenant, rng);
            admins(recoveries, tenant, rng);
        }
        PlantedRows.write(out, plants.rows(BundleFile.RECOVERY_PATHS));
    }

    private static void selfService(Recoveries recoveries, TenantPlan tenant, Rng rng) {
        String[] methods = switch (tenant.kind()) {
            case ENTRA -> new String[] {"sspr-sms", "sspr-email", "sspr-authenticator", "sspr-security-questions"};
            case OKTA -> new String[] {"sspr-email", "sspr-sms", "sspr-security-questions"};
            case GOOGLE -> new String[] {"mailbox-recovery", "sspr-sms"};
            default -> new String[0];
        };
        int groups = Math.min(3, tenant.departments());
        for (int k = 0; k < groups && methods.length > 0; k++) {
            recoveries.path(tenant.groupKey(TenantPlan.FIRST_DEPARTMENT + k), null, rng.pick(methods), null);
        }
    }

    /** Admins recover through a privileged reset role, by phishing-resistant means. */
    private static void admins(Recoveries recoveries, TenantPlan tenant, Rng rng) {
        RoleCatalog roles = tenant.roles();
        String resetter = roles.resetter() == 0 ? tenant.groupKey(TenantPlan.ADMINS_GROUP)
                : tenant.roleKey(roles.resetter());
        IdentityBlocks blocks = tenant.blocks();
        for (int i = blocks.start(IdentityKind.ADMIN); i < blocks.end(IdentityKind.ADMIN); i++) {
            if (rng.chance(0.3)) {
                recoveries.path(tenant.identityKey(i), resetter, "admin-reset", STRONG);
            }
        }
        recoveries.path(tenant.groupKey(TenantPlan.ADMINS_GROUP), resetter, switch (tenant.kind()) {
            case OKTA -> "factor-reset";
            default -> "admin-reset";
        }, STRONG);
        recoveries.path(tenant.roleKey(0), resetter, switch (tenant.kind()) {
            case ENTRA -> "tap-issuance";
            case OKTA -> "factor-reset";
            default -> "admin-reset";
        }, STRONG);
        for (int i = blocks.start(IdentityKind.BREAK_GLASS); i < blocks.end(IdentityKind.BREAK_GLASS); i++) {
            recoveries.path(tenant.identityKey(i), resetter, "tap-issuance", STRONG);
        }
    }

    private static final String STRONG = "strong";

    /** Numbers and writes the recovery paths of one tenant. */
    private static final class Recoveries {

        private final TenantPlan tenant;
        private final CsvOut out;
        private int number;

        Recoveries(TenantPlan tenant, CsvOut out) {
            this.tenant = tenant;
            this.out = out;
        }

        /** A path; a null actor means the target resets itself. */
        void path(String target, String actor, String method, String strength) {
            out.text(Text.padded(tenant.id() + "/rp/", number++, WIDTH)).ref(tenant.id()).ref(target).ref(actor)
                    .text(method).text(strength).end();
        }
    }
}
