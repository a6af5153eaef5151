package dev.faultline.ingest.generate;

import java.util.List;

/**
 * The planned enterprise that every file writer reads: randomness, companies, tenants,
 * the people behind accounts and the status of every identity.
 */
record Enterprise(Draw draw, List<Company> companies, List<TenantPlan> tenants,
                  People people, Population population) {

    static final String ORGANIZATION_ID = "acme-holdings";
    static final String ORGANIZATION_NAME = "Acme Holdings";

    Enterprise {
        companies = List.copyOf(companies);
        tenants = List.copyOf(tenants);
    }

    TenantPlan tenant(int index) {
        return tenants.get(index);
    }

    /** The acquirer's Entra ID tenant, the hub that acquired tenants are trusted into. */
    TenantPlan hub() {
        return tenants.get(0);
    }

    /** A fresh generator for one part of one file. */
    Rng rng(BundleFile file, int tenant) {
        return draw.rng(file, tenant);
    }
}
