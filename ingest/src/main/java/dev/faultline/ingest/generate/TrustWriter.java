package dev.faultline.ingest.generate;

/**
 * Writes trusts.csv. Each AD domain is synced into the Entra tenant before it; the acquirer's AD
 * trusts acquired domains (often without SID filtering); the acquirer's Entra trusts acquired Entra
 * tenants (B2B, sometimes cross-tenant sync) and Okta orgs (federation), sometimes accepting their
 * MFA; AWS accounts, Google and GitHub trust the acquirer's Entra for sign-in; AWS accounts trust
 * the sister Okta, the first AWS account (cross-account roles) and GitHub Actions (OIDC).
 */
final class TrustWriter {

    private final Enterprise enterprise;

    TrustWriter(Enterprise enterprise) {
        this.enterprise = enterprise;
    }

    /** Writes the enterprise's trusts, then the planted ones. */
    void write(CsvOut out, java.util.List<TrustPlan> planted) {
        for (TrustPlan trust : plan()) {
            write(out, trust);
        }
        for (TrustPlan trust : planted) {
            write(out, trust);
        }
    }

    /** The enterprise's trusts, the same list every time it is asked. */
    java.util.List<TrustPlan> plan() {
        java.util.List<TrustPlan> out = new java.util.ArrayList<>();
        Rng rng = enterprise.rng(BundleFile.TRUSTS, 0);
        int firstAws = -1;
        for (TenantPlan tenant : enterprise.tenants().subList(1, enterprise.tenants().size())) {
            switch (tenant.kind()) {
                case AD -> ad(out, tenant, rng);
                case ENTRA -> entra(out, tenant, rng);
                case OKTA -> out.add(new TrustPlan(enterprise.hub(), tenant, "saml-federation", false, null,
                        rng.chance(0.6), null, false));
                case AWS -> {
                    firstAws = firstAws < 0 ? tenant.index() : firstAws;
                    aws(out, tenant, firstAws);
                }
                case GOOGLE -> out.add(signIn(tenant));
                case GITHUB -> github(out, tenant);
            }
        }
        return out;
    }

    private void ad(java.util.List<TrustPlan> out, TenantPlan tenant, Rng rng) {
        TenantPlan entra = enterprise.tenant(tenant.index() - 1);
        out.add(new TrustPlan(entra, tenant, "directory-sync", false, null, false, null, true));
        TenantPlan acquirerAd = enterprise.tenant(1);
        if (tenant.company().acquired() && acquirerAd.kind() == TenantKind.AD && !acquirerAd.company().acquired()) {
            out.add(new TrustPlan(acquirerAd, tenant, "ad-external", rng.chance(0.4), false, false,
                    rng.chance(0.3), false));
        }
    }

    private void entra(java.util.List<TrustPlan> out, TenantPlan tenant, Rng rng) {
        out.add(new TrustPlan(enterprise.hub(), tenant, "entra-b2b", false, null, rng.chance(0.5), null, false));
        if (rng.chance(0.5)) {
            out.add(new TrustPlan(enterprise.hub(), tenant, "entra-cross-tenant-sync", false, null, rng.chance(0.5),
                    null, true));
        }
    }

    private void aws(java.util.List<TrustPlan> out, TenantPlan tenant, int firstAws) {
        out.add(signIn(tenant));
        int partner = tenant.neighbours().partner();
        if (partner >= 0 && enterprise.tenant(partner).kind() == TenantKind.OKTA) {
            out.add(new TrustPlan(tenant, enterprise.tenant(partner), "saml-federation", false, null, true, null, false));
        }
        if (firstAws != tenant.index()) {
            out.add(new TrustPlan(tenant, enterprise.tenant(firstAws), "aws-cross-account", false, false, false, null,
                    false));
        }
    }

    private void github(java.util.List<TrustPlan> out, TenantPlan tenant) {
        out.add(signIn(tenant));
        TenantPlan aws = enterprise.tenant(tenant.index() - 2);
        if (aws.kind() == TenantKind.AWS) {
            out.add(new TrustPlan(aws, tenant, "oidc-federation", false, false, false, null, false));
        }
    }

    /** The tenant signs its people in through the acquirer's Entra and takes its MFA claim. */
    private TrustPlan signIn(TenantPlan tenant) {
        return new TrustPlan(tenant, enterprise.hub(), "saml-federation", false, null, true, null, false);
    }

    private static void write(CsvOut out, TrustPlan trust) {
        out.text(trust.key())
                .ref(trust.trusting().id()).ref(trust.trusted().id()).text(trust.kind())
                .text(trust.twoWay() ? "two-way" : "one-way").text(bool(trust.transitive()))
                .bool(trust.mfaAccepted()).text(bool(trust.sidFiltering())).bool(trust.syncEnabled()).end();
    }

    private static String bool(Boolean value) {
        return value == null ? null : value.toString();
    }
}
