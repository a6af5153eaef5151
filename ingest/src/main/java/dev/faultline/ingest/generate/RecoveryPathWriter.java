package dev.faultline.ingest.generate;

/**
 * Writes recovery_paths.csv: self-service resets of department groups, helpdesk resets of admin
 * accounts (weaker than the MFA they recover), resets of the admins group and the top role by the
 * helpdesk or reset roles, and Temporary Access Pass issuance for break-glass accounts.
 */
final class RecoveryPathWriter {

    private static final int WIDTH = 5;

    private final Enterprise enterprise;

    RecoveryPathWriter(Enterprise enterprise) {
        this.enterprise = enterprise;
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Recoveries recoveries = new Recoveries(tenant, out);
            Rng rng = enterprise.rng(BundleFile.RECOVERY_PATHS, tenant.index());
            selfService(recoveries, tenant, rng);
            admins(recoveries, tenant, rng);
        }
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
            recoveries.path(tenant.groupKey(TenantPlan.FIRST_DEPARTMENT + k), null, rng.pick(methods));
        }
    }

    private static void admins(Recoveries recoveries, TenantPlan tenant, Rng rng) {
        RoleCatalog roles = tenant.roles();
        String helpdeskGroup = tenant.groupKey(TenantPlan.HELPDESK_GROUP);
        String resetter = roles.resetter() == 0 ? tenant.groupKey(TenantPlan.ADMINS_GROUP)
                : tenant.roleKey(roles.resetter());
        boolean helpdesk = roles.helpdesk() >= 0;
        IdentityBlocks blocks = tenant.blocks();
        for (int i = blocks.start(IdentityKind.ADMIN); i < blocks.end(IdentityKind.ADMIN); i++) {
            if (rng.chance(0.3)) {
                recoveries.path(tenant.identityKey(i), helpdesk ? helpdeskGroup : resetter,
                        helpdesk ? "helpdesk-reset" : "admin-reset");
            }
        }
        String groupActor = helpdesk ? tenant.roleKey(roles.helpdesk()) : resetter;
        recoveries.path(tenant.groupKey(TenantPlan.ADMINS_GROUP), groupActor, switch (tenant.kind()) {
            case OKTA -> "factor-reset";
            case AD -> "helpdesk-reset";
            default -> "admin-reset";
        });
        recoveries.path(tenant.roleKey(0), resetter, switch (tenant.kind()) {
            case ENTRA -> "tap-issuance";
            case OKTA -> "factor-reset";
            default -> "admin-reset";
        });
        for (int i = blocks.start(IdentityKind.BREAK_GLASS); i < blocks.end(IdentityKind.BREAK_GLASS); i++) {
            recoveries.path(tenant.identityKey(i), resetter, "tap-issuance");
        }
    }

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
        void path(String target, String actor, String method) {
            out.text(Text.padded(tenant.id() + "/rp/", number++, WIDTH)).ref(tenant.id()).ref(target).ref(actor)
                    .text(method).empty().end();
        }
    }
}
