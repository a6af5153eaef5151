package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Plants problems on people's accounts: break-glass hygiene (synced, no active custodian, used
 * recently, too many), synced privileged admins (a role held directly, eligibly, or through the
 * admins group), weak recovery paths into admins (a help-desk reset, a help-desk role resetting
 * the admins, a Temporary Access Pass a plain member issues, self-service by phishable factor) and
 * weaker twins (MFA missing on one account, legacy authentication allowed on an AD account or on
 * one account only).
 */
final class AccountPlants {

    private static final String BREAK_GLASS = "break-glass";
    private static final String SYNCED = "synced-privileged-admin";
    private static final String RECOVERY = "weak-recovery-path";
    private static final String TWIN = "weakest-twin";

    private final PlantContext c;

    AccountPlants(PlantContext context) {
        this.c = context;
    }

    void plant() {
        for (TenantPlan tenant : c.enterprise.tenants()) {
            breakGlass(tenant);
        }
        List<Integer> synced = new ArrayList<>();
        for (TenantPlan tenant : c.enterprise.tenants()) {
            if (tenant.neighbours().syncedMembers() > 0) {
                synced.add(tenant.index());
            }
        }
        int n = c.count(3);
        for (int k = 0; k < n && !synced.isEmpty(); k++) {
            syncedAdmin(synced.get((k + k / 3) % synced.size()), k % 3, c.rng(0, 7000 + k));
        }
        n = c.count(4);
        int tenants = c.enterprise.tenants().size();
        for (int k = 0; k < n; k++) {
            recovery((k + k / 4) % tenants, k % 4, c.rng(0, 8000 + k));
        }
        n = c.count(3);
        for (int k = 0; k < n; k++) {
            twin((k + k / 3) % tenants, k % 3, c.rng(0, 9000 + k));
        }
    }

    /** The first three accounts: synced, without active custodian, used 3 days ago; five accounts are too many. */
    private void breakGlass(TenantPlan tenant) {
        int t = tenant.index();
        IdentityBlocks blocks = tenant.blocks();
        Rng rng = c.rng(t, 6500);
        String lead = c.lead(t);
        for (int k = 0; k < Math.min(3, blocks.count(IdentityKind.BREAK_GLASS)); k++) {
            int account = blocks.start(IdentityKind.BREAK_GLASS) + k;
            c.use(t, account);
            Plants.IdentityPlant plant = c.plants.identity(t, account);
            String key = c.key(t, account);
            if (k == 0) {
                plant.synced = true;
                plant.owners = List.<String[]>of(new String[] {lead, "custodian"});
                c.expect(BREAK_GLASS, key, null, "high", lead, "active", "a break-glass account synced from on-premises");
                c.expect(SYNCED, key, tenant.roleKey(0), "critical", lead, "active",
                        "the synced break-glass account holds " + tenant.roles().role(0).name());
            } else if (k == 1) {
                int gone = c.take(t, IdentityKind.MEMBER, Population.DEPARTED, rng, i -> true);
                if (gone < 0) {
                    gone = c.take(t, IdentityKind.MEMBER, Population.DISABLED, rng, i -> true);
                }
                plant.owners = gone < 0 ? List.of() : List.<String[]>of(new String[] {c.key(t, gone), "custodian"});
                String owner = gone < 0 ? lead : c.key(t, gone);
                String status = gone < 0 ? "active" : c.status(t, gone);
                c.expect(BREAK_GLASS, key, null, Expected.adjusted("high", status), owner, status,
                        "a break-glass account whose custodian is gone");
            } else {
                plant.lastSignIn = PlantContext.NOW - 3 * PlantContext.DAY;
                plant.owners = List.<String[]>of(new String[] {lead, "custodian"});
                c.expect(BREAK_GLASS, key, null, "medium", lead, "active", "a break-glass account used 3 days ago");
            }
        }
        if (blocks.count(IdentityKind.BREAK_GLASS) > 4) {
            c.expect(BREAK_GLASS, tenant.id(), "too-many", "medium", lead, "active",
                    blocks.count(IdentityKind.BREAK_GLASS) + " break-glass accounts in one tenant");
        }
    }

    /** A synced member holding a privileged role directly (active or eligible) or through the admins group. */
    private void syncedAdmin(int t, int variant, Rng rng) {
        TenantPlan tenant = c.tenant(t);
        int start = tenant.blocks().start(IdentityKind.MEMBER);
        int member = c.take(t, IdentityKind.MEMBER, null, rng, i -> i - start < tenant.neighbours().syncedMembers());
        if (member < 0) {
            return;
        }
        c.plants.identity(t, member).plain = true;
        String key = c.key(t, member);
        int role = Math.min(3, tenant.roles().privilegedCount() - 1);
        if (variant == 2) {
            c.plants.row(BundleFile.MEMBERSHIPS, key, tenant.groupKey(TenantPlan.ADMINS_GROUP));
            int groupRole = RoleWriter.adminsGroupRole(tenant);
            boolean eligible = tenant.kind() == TenantKind.ENTRA;
            c.expect(SYNCED, key, tenant.roleKey(groupRole), eligible ? "high" : "critical", c.lead(t), "active",
                    "a synced account was added to the privileged admins group");
            return;
        }
        boolean eligible = variant == 1;
        c.plants.row(BundleFile.ROLE_ASSIGNMENTS, key, tenant.roleKey(role), eligible ? "eligible" : "active",
                tenant.identity().roleScope());
        c.expect(SYNCED, key, tenant.roleKey(role), eligible ? "high" : "critical", c.lead(t), "active",
                "a synced account holds " + tenant.roles().role(role).name() + (eligible ? " (eligible)" : ""));
    }

    private void recovery(int t, int variant, Rng rng) {
        TenantPlan tenant = c.tenant(t);
        RoleCatalog roles = tenant.roles();
        int admin = c.population.find(tenant, IdentityKind.ADMIN, null, rng, i -> true);
        String target = c.key(t, admin);
        String actor;
        String method;
        String strength = null;
        String severity = "critical";
        String why;
        switch (variant) {
            case 0 -> {
                actor = roles.helpdesk() >= 0 ? tenant.groupKey(TenantPlan.HELPDESK_GROUP) : tenant.groupKey(TenantPlan.ADMINS_GROUP);
                method = "helpdesk-reset";
                why = "the help desk resets an admin's password over the phone";
            }
            case 1 -> {
                target = tenant.groupKey(TenantPlan.ADMINS_GROUP);
                actor = tenant.roleKey(roles.helpdesk() >= 0 ? roles.helpdesk() : roles.resetter());
                method = "helpdesk-reset";
                why = "a help-desk role can reset the admins";
            }
            case 2 -> {
                int member = c.take(t, IdentityKind.MEMBER, null, rng, i -> true);
                if (member < 0) {
                    return;
                }
                c.plants.identity(t, member).plain = true;
                actor = c.key(t, member);
                method = "tap-issuance";
                strength = "strong";
                severity = "high";
                why = "a plain member can issue a Temporary Access Pass to an admin";
            }
            default -> {
                actor = null;
                method = "sspr-authenticator";
                severity = "high";
                why = "an admin resets its own password with a phishable factor";
            }
        }
        String key = c.rowKey(t, "rp");
        c.plants.row(BundleFile.RECOVERY_PATHS, key, tenant.id(), target, actor, method, strength);
        c.expect(RECOVERY, key, null, severity, c.lead(t), "active", why);
    }

    /** One account of a person loses MFA, or allows legacy authentication its twins refuse. */
    private void twin(int t, int variant, Rng rng) {
        TenantPlan tenant = c.tenant(t);
        boolean ad = variant == 1;
        if (ad != (tenant.kind() == TenantKind.AD) || !ad && !tenant.kind().hasMfa()) {
            return;
        }
        int weak = c.take(t, IdentityKind.MEMBER, null, rng, i -> candidate(t, i, ad));
        if (weak < 0) {
            return;
        }
        List<Long> twins = c.twins.of(t, weak);
        for (long twin : twins) {
            c.use(People.tenantOf(twin), People.indexOf(twin));
        }
        Plants.IdentityPlant plant = c.plants.identity(t, weak);
        String why;
        if (variant == 0) {
            plant.mfaRegistered = false;
            why = "one account of a person has no MFA registered while its twin has";
        } else if (ad) {
            plant.legacyAuthAllowed = true;
            why = "the AD account allows legacy authentication while its cloud twin has MFA";
        } else {
            plant.legacyAuthAllowed = true;
            long strong = firstStrong(twins);
            c.plants.identity(People.tenantOf(strong), People.indexOf(strong)).legacyAuthAllowed = false;
            expect(t, weak, strong, "one account allows legacy authentication, its twin blocks it");
            return;
        }
        for (long twin : twins) {
            if (Boolean.TRUE.equals(c.mfaRegistered(People.tenantOf(twin), People.indexOf(twin)))) {
                expect(t, weak, twin, why);
            }
        }
    }

    private long firstStrong(List<Long> twins) {
        for (long twin : twins) {
            if (Boolean.TRUE.equals(c.mfaRegistered(People.tenantOf(twin), People.indexOf(twin)))) {
                return twin;
            }
        }
        throw new IllegalStateException("no twin with MFA");
    }

    /** An account whose person has MFA (or an AD account), with twins nothing else changed, one of them with MFA. */
    private boolean candidate(int t, int index, boolean ad) {
        if (!ad && !Boolean.TRUE.equals(c.mfaRegistered(t, index))) {
            return false;
        }
        boolean strong = false;
        for (long twin : c.twins.of(t, index)) {
            int tt = People.tenantOf(twin);
            int ti = People.indexOf(twin);
            if (c.used(tt, ti)) {
                return false;
            }
            strong |= Boolean.TRUE.equals(c.mfaRegistered(tt, ti));
        }
        return strong;
    }

    private void expect(int t, int weak, long strong, String why) {
        int st = People.tenantOf(strong);
        int si = People.indexOf(strong);
        boolean high = c.privilegedHuman(t, weak) || c.privilegedHuman(st, si) || c.tenant(t).company().acquired();
        c.expect(TWIN, c.key(t, weak), c.key(st, si), high ? "high" : "medium", c.lead(t), "active",
                why + " (" + c.key(st, si) + ")");
    }
}
