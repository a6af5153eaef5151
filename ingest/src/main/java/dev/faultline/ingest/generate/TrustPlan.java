package dev.faultline.ingest.generate;

/**
 * One row of trusts.csv as planned; a null boolean is unknown.
 *
 * @param twoWay each tenant accepts the other
 */
record TrustPlan(TenantPlan trusting, TenantPlan trusted, String kind, boolean twoWay, Boolean transitive,
                 boolean mfaAccepted, Boolean sidFiltering, boolean syncEnabled) {

    String key() {
        return "trust/" + trusting.id() + "/" + trusted.id() + "/" + kind;
    }
}
