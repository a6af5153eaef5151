package dev.faultline.ingest.generate;

import java.util.List;

/**
 * Plants MFA exceptions and policies that the exception and policy rules must find:
 * ownerless-exception (owner departed, disabled, missing, in a retiring tenant; no approver, no
 * justification, expired), exception-scope (the privileged admins group, an admin, an NHI, a group
 * grown past its approval, the MFA exclusions group holding an NHI), nhi-on-mfa-exception (an NHI
 * excluded directly or through a group, an Entra service account with a password, an NHI signing
 * in interactively) and mfa-policy-not-enforced (report-only or disabled policies that systems rely on).
 */
final class ExceptionPlants {

    private static final String OWNERLESS = "ownerless-exception";
    private static final String SCOPE = "exception-scope";
    private static final String NHI = "nhi-on-mfa-exception";
    private static final String POLICY = "mfa-policy-not-enforced";

    private final PlantContext c;

    ExceptionPlants(PlantContext context) {
        this.c = context;
    }

    void plant() {
        List<Integer> tenants = c.enterprise.tenants().stream().filter(t -> c.narrowPolicy(t.index()) >= 0)
                .map(TenantPlan::index).toList();
        if (tenants.isEmpty()) {
            return;
        }
        int n = c.count(8);
        for (int k = 0; k < n; k++) {
            ownerless(tenants.get((k + k / 8) % tenants.size()), k % 8, c.rng(tenants.get(0), 1000 + k));
        }
        n = c.count(3);
        for (int k = 0; k < n; k++) {
            scope(tenants.get((k + k / 3) % tenants.size()), k % 3, c.rng(0, 2000 + k));
        }
        for (int t : tenants) {
            grownGroup(t);
            exclusionsGroup(t, c.rng(t, 2500));
        }
        n = c.count(4);
        for (int k = 0; k < n; k++) {
            nhi(tenants.get((k + k / 4) % tenants.size()), k % 4, c.rng(0, 3000 + k));
        }
        n = c.count(4);
        for (int k = 0; k < n; k++) {
            policy(tenants.get((k + k / 4) % tenants.size()), k % 4, c.rng(0, 4000 + k));
        }
    }

    private void ownerless(int t, int variant, Rng rng) {
        int tenantWide = c.tenantPolicy(t);
        int policy = variant % 2 == 0 && tenantWide >= 0 ? tenantWide : c.narrowPolicy(t);
        boolean privileged = variant == 7;
        int subject = privileged ? c.take(t, IdentityKind.ADMIN, null, rng, i -> i != Population.leadAdmin(c.tenant(t)))
                : c.take(t, IdentityKind.MEMBER, null, rng, i -> true);
        if (subject < 0) {
            return;
        }
        int activeOwner = c.take(t, IdentityKind.MEMBER, Population.ACTIVE, rng, i -> true);
        String owner = c.key(t, activeOwner >= 0 ? activeOwner : Population.leadAdmin(c.tenant(t)));
        String ownerStatus = "active";
        String approver = c.lead(t);
        String justification = "Pending hardware tokens";
        long expires = -1;
        String why;
        switch (variant) {
            case 0, 1 -> {
                String status = variant == 0 ? Population.DEPARTED : Population.DISABLED;
                int person = c.take(t, IdentityKind.MEMBER, status, rng, i -> true);
                if (person < 0) {
                    return;
                }
                owner = c.key(t, person);
                ownerStatus = status;
                why = "the exclusion's owner " + (variant == 0 ? "left the company" : "is disabled");
            }
            case 2 -> {
                owner = null;
                why = "the exclusion has no owner (the policy's owner answers for it)";
            }
            case 3 -> {
                approver = null;
                why = "nobody approved the exclusion";
            }
            case 4 -> {
                justification = null;
                why = "the exclusion has no justification";
            }
            case 5, 7 -> {
                expires = PlantContext.NOW - 40 * PlantContext.DAY;
                why = privileged ? "an expired exclusion of an admin account" : "the exclusion expired 40 days ago";
            }
            default -> {
                int retiring = retiringOwner(rng);
                if (retiring < 0) {
                    return;
                }
                owner = c.key(retiringTenant, retiring);
                why = "the exclusion's owner belongs to a tenant being retired";
            }
        }
        TenantPlan tenant = c.tenant(t);
        String key = exception(t, policy, c.key(t, subject), owner, approver, justification, expires, -1);
        boolean tenantPolicy = policy == tenantWide;
        String base = privileged ? "critical" : tenantPolicy ? "high" : "medium";
        String ownerKey = owner == null ? c.lead(t) : owner;
        c.expect(OWNERLESS, key, null, Expected.adjusted(base, ownerStatus), ownerKey, ownerStatus,
                why + ": " + c.key(t, subject) + " excluded from " + tenant.policyKey(policy));
        if (privileged) {
            c.expect(SCOPE, key, null, "high", ownerKey, ownerStatus,
                    "the same exclusion covers an admin account (privileged identity)");
        }
    }

    private int retiringTenant;

    private int retiringOwner(Rng rng) {
        for (TenantPlan tenant : c.enterprise.tenants()) {
            if ("retiring".equals(tenant.identity().status())) {
                int person = c.take(tenant.index(), IdentityKind.MEMBER, Population.ACTIVE, rng, i -> true);
                if (person >= 0) {
                    retiringTenant = tenant.index();
                    return person;
                }
            }
        }
        return -1;
    }

    /** Clean ownership, too wide a scope: the privileged admins group, an admin, a disabled NHI. */
    private void scope(int t, int variant, Rng rng) {
        TenantPlan tenant = c.tenant(t);
        int policy = c.narrowPolicy(t);
        String subject;
        String why;
        String severity = "high";
        switch (variant) {
            case 0 -> {
                if (used(t, "admins")) {
                    return;
                }
                subject = tenant.groupKey(TenantPlan.ADMINS_GROUP);
                why = "the privileged admins group is excluded from MFA";
            }
            case 1 -> {
                int admin = c.take(t, IdentityKind.ADMIN, null, rng, i -> i != Population.leadAdmin(tenant));
                if (admin < 0) {
                    return;
                }
                subject = c.key(t, admin);
                why = "an admin account is excluded from MFA";
            }
            default -> {
                int nhi = c.takeNhi(t, Population.DISABLED, rng, i -> true);
                if (nhi < 0) {
                    return;
                }
                c.plants.identity(t, nhi).plain = true;
                subject = c.key(t, nhi);
                severity = "medium";
                why = "a (disabled) non-human identity is excluded from MFA";
            }
        }
        String key = exception(t, policy, subject, c.lead(t), c.lead(t), "Approved by the CISO", -1, -1);
        c.expect(SCOPE, key, null, severity, c.lead(t), "active", why + " (" + subject + ")");
    }

    private final java.util.Set<String> once = new java.util.HashSet<>();

    private boolean used(int t, String what) {
        return !once.add(t + what);
    }

    /** The legacy mail group excluded for fewer members than it now has; the count is known once memberships are written. */
    private void grownGroup(int t) {
        TenantPlan tenant = c.tenant(t);
        if (tenant.mailSystem() < 0) {
            return;
        }
        String key = c.rowKey(t, "x");
        c.plants.row(BundleFile.EXCEPTIONS, key, tenant.id(), tenant.policyKey(c.narrowPolicy(t)),
                tenant.groupKey(TenantPlan.LEGACY_MAIL_GROUP), c.lead(t), null, c.lead(t),
                "Printer scan-to-mail uses SMTP AUTH", "CHG2000001", PlantContext.daysAgo(400), null, GROWN);
        c.expect(SCOPE, key, null, "medium", c.lead(t), "active",
                "the legacy mail group was approved for fewer members than it has (" + tenant.groupKey(TenantPlan.LEGACY_MAIL_GROUP) + ")");
    }

    /** Marks the approved_size cell of the grown-group exception, filled in when exceptions are written. */
    static final String GROWN = "grown";

    /** The MFA exclusions group (break-glass accounts and a few people) with a service identity slipped in. */
    private void exclusionsGroup(int t, Rng rng) {
        TenantPlan tenant = c.tenant(t);
        int nhi = c.takeNhi(t, Population.ACTIVE, rng, i -> true);
        if (nhi < 0) {
            return;
        }
        c.plants.identity(t, nhi).plain = true;
        c.plants.row(BundleFile.MEMBERSHIPS, c.key(t, nhi), tenant.groupKey(TenantPlan.MFA_EXEMPT_GROUP));
        String key = exception(t, c.narrowPolicy(t), tenant.groupKey(TenantPlan.MFA_EXEMPT_GROUP), c.lead(t),
                c.lead(t), "Emergency access and exempted staff", -1, -1);
        boolean beyond = tenant.blocks().count(IdentityKind.BREAK_GLASS) > 4;
        c.expect(SCOPE, key, null, beyond ? "high" : "medium", c.lead(t), "active",
                "the MFA exclusions group holds a service identity" + (beyond ? " and more than 4 break-glass accounts" : ""));
        c.expect(NHI, c.key(t, nhi), key, "medium", c.lead(t), "active",
                "a service identity is a member of the MFA exclusions group");
    }

    private void nhi(int t, int variant, Rng rng) {
        TenantPlan tenant = c.tenant(t);
        if (variant == 2) {
            entraServiceAccount(rng);
            return;
        }
        int nhi = c.takeNhi(t, Population.ACTIVE, rng, i -> true);
        if (nhi < 0) {
            return;
        }
        Plants.IdentityPlant plant = c.plants.identity(t, nhi);
        plant.plain = true;
        if (variant == 3) {
            plant.lastInteractiveSignIn = PlantContext.NOW - 5 * PlantContext.DAY;
            plant.owners = List.<String[]>of(new String[] {c.lead(t), "owner"});
            c.expect(NHI, c.key(t, nhi), "interactive-sign-in", "medium", c.lead(t), "active",
                    "a non-human identity signed in interactively 5 days ago");
            return;
        }
        int policy = variant == 0 && c.tenantPolicy(t) >= 0 ? c.tenantPolicy(t) : c.narrowPolicy(t);
        String key = exception(t, policy, c.key(t, nhi), c.lead(t), c.lead(t), "Service account cannot do MFA", -1, -1);
        c.expect(NHI, c.key(t, nhi), key, policy == c.tenantPolicy(t) ? "high" : "medium", c.lead(t), "active",
                "a non-human identity is excluded from " + tenant.policyKey(policy));
        c.expect(SCOPE, key, null, "medium", c.lead(t), "active", "the exclusion covers a non-human identity");
    }

    private void entraServiceAccount(Rng rng) {
        for (TenantPlan tenant : c.enterprise.tenants()) {
            int t = tenant.index();
            if (tenant.kind() != TenantKind.ENTRA) {
                continue;
            }
            int account = c.take(t, IdentityKind.SERVICE_ACCOUNT, Population.ACTIVE, rng, i -> true);
            if (account < 0) {
                continue;
            }
            Plants.IdentityPlant plant = c.plants.identity(t, account);
            plant.plain = true;
            plant.firstCredentialKind = "password";
            plant.owners = List.<String[]>of(new String[] {c.lead(t), "owner"});
            c.expect(NHI, c.key(t, account), "user-as-service-account", "medium", c.lead(t), "active",
                    "an Entra service account signs in with a password and no MFA");
            return;
        }
    }

    /** Report-only or disabled MFA policies that systems rely on. */
    private void policy(int t, int variant, Rng rng) {
        TenantPlan tenant = c.tenant(t);
        int system;
        PolicyPlan plan;
        String owner = c.lead(t);
        String ownerStatus = "active";
        String why;
        switch (variant) {
            case 0 -> {
                system = SystemCatalog.ADMIN_PORTAL;
                plan = new PolicyPlan("Planted: require MFA for the admin portal (report-only)", "other", "report-only",
                        "require-mfa", "all", PolicyPlan.Scope.SYSTEM, system);
                why = "a report-only MFA policy protects the admin portal";
            }
            case 1 -> {
                int departed = c.take(t, IdentityKind.MEMBER, Population.DEPARTED, rng, i -> true);
                if (departed < 0) {
                    return;
                }
                owner = c.key(t, departed);
                ownerStatus = Population.DEPARTED;
                system = -1;
                plan = new PolicyPlan("Planted: block legacy authentication for admins (disabled)", "other", "disabled",
                        "block", "exchange-activesync;other", PolicyPlan.Scope.ADMINS, -1);
                why = "a disabled legacy-authentication block for all apps, owned by someone who left";
            }
            case 2 -> {
                system = genericRelying(tenant, rng);
                plan = new PolicyPlan("Planted: require MFA for application " + system + " (report-only)", "other",
                        "report-only", "require-mfa", "all", PolicyPlan.Scope.SYSTEM, system);
                owner = null;
                why = "a report-only MFA policy is all that protects an application (no policy owner)";
            }
            default -> {
                int disabled = c.take(t, IdentityKind.MEMBER, Population.DISABLED, rng, i -> true);
                if (disabled < 0) {
                    return;
                }
                owner = c.key(t, disabled);
                ownerStatus = Population.DISABLED;
                system = 2;
                plan = new PolicyPlan("Planted: phishing-resistant MFA for " + tenant.system(2).name() + " (disabled)",
                        "other", "disabled", "require-auth-strength", "all", PolicyPlan.Scope.SYSTEM, 2);
                why = "a disabled authentication-strength policy, owned by a disabled account";
            }
        }
        int index = tenant.policies().size() + c.plants.policies(t).size();
        c.plants.policy(t, plan, owner);
        String severity = system < 0 ? highest(tenant) : level(tenant.system(system).criticality());
        c.expect(POLICY, tenant.policyKey(index), null, Expected.adjusted(severity, ownerStatus),
                owner == null ? c.lead(t) : owner, ownerStatus, why);
    }

    private static int genericRelying(TenantPlan tenant, Rng rng) {
        for (int step = 0; step < tenant.systems(); step++) {
            int s = SystemCatalog.FIXED + (rng.below(Math.max(1, tenant.systems() - SystemCatalog.FIXED)) + step)
                    % Math.max(1, tenant.systems() - SystemCatalog.FIXED);
            if (s < tenant.systems() && tenant.system(s).requiresMfa()) {
                return s;
            }
        }
        return SystemCatalog.ADMIN_PORTAL;
    }

    /** The severity of a policy relied on by every system of the tenant that requires MFA. */
    static String highest(TenantPlan tenant) {
        String best = "medium";
        for (int s = 0; s < tenant.systems(); s++) {
            if (tenant.system(s).requiresMfa()) {
                String level = level(tenant.system(s).criticality());
                if ("critical".equals(level) || "high".equals(level) && !"critical".equals(best)) {
                    best = level;
                }
            }
        }
        return best;
    }

    static String level(String criticality) {
        return "critical".equals(criticality) || "high".equals(criticality) ? criticality : "medium";
    }

    private String exception(int t, int policy, String subject, String owner, String approver, String justification,
                             long expires, int approvedSize) {
        TenantPlan tenant = c.tenant(t);
        String key = c.rowKey(t, "x");
        c.plants.row(BundleFile.EXCEPTIONS, key, tenant.id(), tenant.policyKey(policy), subject, owner, null, approver,
                justification, "CHG" + (3_000_000 + Math.floorMod(key.hashCode(), 1_000_000)),
                PlantContext.daysAgo(300), expires < 0 ? null : PlantContext.time(expires),
                approvedSize < 0 ? null : Integer.toString(approvedSize));
        return key;
    }
}
