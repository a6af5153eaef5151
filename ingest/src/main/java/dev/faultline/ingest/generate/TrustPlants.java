package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Plants cross-tenant-mfa-trust problems: a tenant that accepts the MFA claims of an AD domain
 * (which has no MFA), and a partner tenant, trusted for MFA, whose tenant-wide MFA policy is only
 * report-only (which mfa-policy-not-enforced also reports).
 */
final class TrustPlants {

    private static final String RULE = "cross-tenant-mfa-trust";

    private final PlantContext c;
    private final List<TrustPlan> background;

    TrustPlants(PlantContext context, List<TrustPlan> background) {
        this.c = context;
        this.background = background;
    }

    void plant() {
        List<TenantPlan> tenants = c.enterprise.tenants();
        TenantPlan ad = tenants.stream().filter(t -> t.kind() == TenantKind.AD).reduce((a, b) -> b).orElse(null);
        if (ad != null) {
            TrustPlan trust = new TrustPlan(c.enterprise.hub(), ad, "saml-federation", false, null, true, null, false);
            c.plants.trust(trust);
            c.expect(RULE, trust.trusting().id(), trust.key(), "critical", c.lead(0), "active",
                    trust.trusting().id() + " accepts MFA claims from the AD domain " + ad.id() + " (AD FS), which has no MFA");
        }
        partner();
    }

    /** The last acquired, non-AD tenant that someone trusts for MFA stops enforcing its tenant-wide policy. */
    private void partner() {
        TenantPlan partner = null;
        for (TrustPlan trust : background) {
            if (trust.mfaAccepted() && trust.trusted().company().acquired() && trust.trusted().kind() != TenantKind.AD
                    && !trust.trusted().policies().isEmpty()) {
                partner = trust.trusted();
            }
        }
        if (partner == null) {
            return;
        }
        String policy = partner.policyKey(0);
        c.plants.overridePolicyState(policy, "report-only");
        c.expect("mfa-policy-not-enforced", policy, null, ExceptionPlants.highest(partner), c.lead(partner.index()),
                "active", "the tenant-wide MFA policy of " + partner.id() + " is report-only");
        List<TrustPlan> all = new ArrayList<>(background);
        all.addAll(c.plants.trusts());
        for (TrustPlan trust : all) {
            if (!trust.mfaAccepted()) {
                continue;
            }
            if (trust.trusted() == partner) {
                expect(trust, trust.trusting(), partner);
            }
            if (trust.twoWay() && trust.trusting() == partner && trust.trusted() != partner) {
                expect(trust, trust.trusted(), partner);
            }
        }
    }

    private void expect(TrustPlan trust, TenantPlan trusting, TenantPlan partner) {
        c.expect(RULE, trusting.id(), trust.key(), critical(trusting) ? "critical" : "high", c.lead(trusting.index()),
                "active", trusting.id() + " accepts MFA claims from " + partner.id() + ", whose MFA policy is report-only");
    }

    private static boolean critical(TenantPlan tenant) {
        for (int s = 0; s < tenant.systems(); s++) {
            if ("critical".equals(tenant.system(s).criticality())) {
                return true;
            }
        }
        return false;
    }
}
