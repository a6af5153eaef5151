package dev.faultline.ingest.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plants legacy-auth-bypass problems (the background's legacy paths are all blocked) and lists
 * every finding the rule's search gives on them:
 * <ul>
 * <li>one acquired tenant reaches the acquirer's production resource over basic authentication,
 *     tenant-wide: the tenant is reported, every tenant it trusts through the trust, and every twin
 *     of its people in another tenant through the SAME_AS link;</li>
 * <li>a service accounts group relays mail over SMTP AUTH (or basic auth where there is no mail);</li>
 * <li>single service identities on legacy protocols;</li>
 * <li>single people on IMAP, with each of their twins reported through the link.</li>
 * </ul>
 * Planted paths never reach the tenant-wide path's system, so every twin's shortest path is known.
 */
final class LegacyPlants {

    private static final String RULE = "legacy-auth-bypass";
    private static final int TENANT_WIDE_SYSTEM = 2;

    private final PlantContext c;
    private final List<TrustPlan> trusts;
    private final Map<String, Expected> findings = new LinkedHashMap<>();
    /** The tenant of the tenant-wide plant; -1 before it is planted. */
    private int wideTenant = -1;

    LegacyPlants(PlantContext context, List<TrustPlan> trusts) {
        this.c = context;
        this.trusts = trusts;
    }

    void plant() {
        tenantWide();
        int tenants = c.enterprise.tenants().size();
        for (int t = 0; t < tenants; t++) {
            group(t);
        }
        int n = c.count(2);
        for (int k = 0; k < n; k++) {
            identity((k + k / 2) % tenants, k % 2, c.rng(0, 10_000 + k));
        }
        findings.values().forEach(c.plants::expect);
    }

    /** An AWS account (else GitHub, else the hub) on basic auth into the hub's production resource. */
    private void tenantWide() {
        TenantPlan subject = c.enterprise.hub();
        for (TenantPlan tenant : c.enterprise.tenants()) {
            if (tenant.kind() == TenantKind.AWS) {
                subject = tenant;
                break;
            }
        }
        TenantPlan hub = c.enterprise.hub();
        wideTenant = subject.index();
        path(subject, subject.id(), hub, TENANT_WIDE_SYSTEM, "basic-auth");
        expect(subject.id(), subject, hub, TENANT_WIDE_SYSTEM, null,
                subject.id() + " reaches " + hub.system(TENANT_WIDE_SYSTEM).name() + " over basic auth, tenant-wide");
        for (TrustPlan trust : trusts) {
            TenantPlan trusted = trust.trusting() == subject ? trust.trusted()
                    : trust.twoWay() && trust.trusted() == subject ? trust.trusting() : null;
            if (trusted != null && trusted != subject) {
                expect(trusted.id(), trusted, hub, TENANT_WIDE_SYSTEM, subject,
                        trusted.id() + " crosses into it through the trust " + trust.key());
            }
        }
        IdentityBlocks blocks = subject.blocks();
        for (int i = 0; i < blocks.humans(); i++) {
            for (long twin : c.twins.of(subject.index(), i)) {
                if (People.tenantOf(twin) != subject.index()) {
                    twin(twin, hub, TENANT_WIDE_SYSTEM, subject.identityKey(i));
                }
            }
        }
    }

    /** The service accounts group relays mail over SMTP AUTH, or signs in to the admin portal over basic auth. */
    private void group(int t) {
        TenantPlan tenant = c.tenant(t);
        boolean mail = tenant.mailSystem() >= 0;
        int system = mail ? tenant.mailSystem() : SystemCatalog.ADMIN_PORTAL;
        String group = tenant.groupKey(TenantPlan.SERVICE_ACCOUNTS_GROUP);
        path(tenant, group, tenant, system, mail ? "smtp-auth" : "basic-auth");
        expect(group, tenant, tenant, system, null, "the service accounts group uses " + (mail ? "SMTP AUTH" : "basic auth"));
    }

    /** A service identity (variant 0) or a person with twins (variant 1) on a legacy protocol. */
    private void identity(int t, int variant, Rng rng) {
        TenantPlan tenant = c.tenant(t);
        boolean mail = tenant.mailSystem() >= 0;
        int system = mail ? tenant.mailSystem() : SystemCatalog.ADMIN_PORTAL;
        int subject = variant == 0 ? c.takeNhi(t, null, rng, i -> true)
                : c.take(t, IdentityKind.MEMBER, null, rng, i -> hasTwinsApartFromTheWidePlant(t, i));
        if (subject < 0) {
            return;
        }
        String protocol = variant == 0 ? (mail ? "pop3" : "basic-auth") : mail ? "imap" : "ropc";
        String key = tenant.identityKey(subject);
        path(tenant, key, tenant, system, protocol);
        expect(key, tenant, tenant, system, null, key + " uses " + protocol);
        for (long twin : c.twins.of(t, subject)) {
            twin(twin, tenant, system, key);
        }
    }

    /**
     * A person with twins, none of them in the tenant-wide plant's tenant (unless the person is in
     * it): the search follows the SAME_AS links of every covered identity, so a planted person
     * twinned into that tenant would join the two plants into chains of two links (X -SAME_AS-> the
     * person -SAME_AS-> a member of the tenant), opening findings no single plant accounts for.
     */
    private boolean hasTwinsApartFromTheWidePlant(int t, int i) {
        List<Long> twins = c.twins.of(t, i);
        return !twins.isEmpty() && (t == wideTenant || twins.stream().noneMatch(twin -> People.tenantOf(twin) == wideTenant));
    }

    private void twin(long twin, TenantPlan systemTenant, int system, String through) {
        TenantPlan tenant = c.tenant(People.tenantOf(twin));
        String key = tenant.identityKey(People.indexOf(twin));
        expect(key, tenant, systemTenant, system, null, key + " crosses over through its twin " + through);
    }

    private void path(TenantPlan tenant, String subject, TenantPlan systemTenant, int system, String protocol) {
        c.plants.row(BundleFile.AUTH_PATHS, c.rowKey(tenant.index(), "ap"), tenant.id(), subject,
                systemTenant.systemKey(system), protocol, "false", PlantContext.daysAgo(2));
    }

    /** Severity as the rule decides it; through a trust, the trusting tenant must not be acquired. */
    private void expect(String subject, TenantPlan subjectTenant, TenantPlan systemTenant, int system,
                        TenantPlan trusting, String why) {
        String criticality = systemTenant.system(system).criticality();
        boolean crosses = subjectTenant != systemTenant;
        boolean targetAcquired = (trusting == null ? systemTenant : trusting).company().acquired();
        String severity = "critical".equals(criticality) || crosses && subjectTenant.company().acquired() && !targetAcquired
                ? "critical" : "high".equals(criticality) ? "high" : "medium";
        String target = systemTenant.systemKey(system);
        findings.putIfAbsent(subject + "\n" + target, new Expected(RULE, subject, target, severity,
                c.lead(systemTenant.index()), "active", why));
    }
}
