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

    /** One trust; a null boolean is unknown. */
    private record Trust(TenantPlan trusting, TenantPlan trusted, String kind, boolean twoWay, Boolean transitive,
                         boolean mfaAccepted, Boolean sidFiltering, boolean syncEnabled) {
    }

    void write(CsvOut out) {
        Rng rng = enterprise.rng(BundleFile.TRUSTS, 0);
        int firstAws = -1;
        for (TenantPlan tenant : enterprise.tenants().subList(1, enterprise.tenants().size())) {
            switch (tenant.kind()) {
                case AD -> ad(out, tenant, rng);
                case ENTRA -> entra(out, tenant, rng);
                case OKTA -> write(out, new Trust(enterprise.hub(), tenant, "saml-federation", false, null,
                        rng.chance(0.6), null, false));
                case AWS -> {
                    firstAws = firstAws < 0 ? tenant.index() : firstAws;
                    aws(out, tenant, firstAws);
                }
                case GOOGLE -> write(out, signIn(tenant));
                case GITHUB -> github(out, tenant);
            }
        }
    }

    private void ad(CsvOut out, TenantPlan tenant, Rng rng) {
        TenantPlan entra = enterprise.tenant(tenant.index() - 1);
        write(out, new Trust(entra, tenant, "directory-sync", false, null, false, null, true));
        TenantPlan acquirerAd = enterprise.tenant(1);
        if (tenant.company().acquired() && acquirerAd.kind() == TenantKind.AD && !acquirerAd.company().acquired()) {
            write(out, new Trust(acquirerAd, tenant, "ad-external", rng.chance(0.4), false, false,
                    rng.chance(0.3), false));
        }
    }

    private void entra(CsvOut out, TenantPlan tenant, Rng rng) {
        write(out, new Trust(enterprise.hub(), tenant, "entra-b2b", false, null, rng.chance(0.5), null, false));
        if (rng.chance(0.5)) {
            write(out, new Trust(enterprise.hub(), tenant, "entra-cross-tenant-sync", false, null, rng.chance(0.5),
                    null, true));
        }
    }

    private void aws(CsvOut out, TenantPlan tenant, int firstAws) {
        write(out, signIn(tenant));
        int partner = tenant.neighbours().partner();
        if (partner >= 0 && enterprise.tenant(partner).kind() == TenantKind.OKTA) {
            write(out, new Trust(tenant, enterprise.tenant(partner), "saml-federation", false, null, true, null, false));
        }
        if (firstAws != tenant.index()) {
            write(out, new Trust(tenant, enterprise.tenant(firstAws), "aws-cross-account", false, false, false, null,
                    false));
        }
    }

    private void github(CsvOut out, TenantPlan tenant) {
        write(out, signIn(tenant));
        TenantPlan aws = enterprise.tenant(tenant.index() - 2);
        if (aws.kind() == TenantKind.AWS) {
            write(out, new Trust(aws, tenant, "oidc-federation", false, false, false, null, false));
        }
    }

    /** The tenant signs its people in through the acquirer's Entra and takes its MFA claim. */
    private Trust signIn(TenantPlan tenant) {
        return new Trust(tenant, enterprise.hub(), "saml-federation", false, null, true, null, false);
    }

    private static void write(CsvOut out, Trust trust) {
        out.text("trust/" + trust.trusting().id() + "/" + trust.trusted().id() + "/" + trust.kind())
                .ref(trust.trusting().id()).ref(trust.trusted().id()).text(trust.kind())
                .text(trust.twoWay() ? "two-way" : "one-way").text(bool(trust.transitive()))
                .bool(trust.mfaAccepted()).text(bool(trust.sidFiltering())).bool(trust.syncEnabled()).end();
    }

    private static String bool(Boolean value) {
        return value == null ? null : value.toString();
    }
}
