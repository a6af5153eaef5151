package dev.faultline.ingest.generate;

/** Writes the merger lineage: organizations.csv, business_units.csv and tenants.csv. */
final class DirectoryWriter {

    private final Enterprise enterprise;

    DirectoryWriter(Enterprise enterprise) {
        this.enterprise = enterprise;
    }

    void organizations(CsvOut out) {
        out.text(Enterprise.ORGANIZATION_ID).text(Enterprise.ORGANIZATION_NAME).end();
    }

    void businessUnits(CsvOut out) {
        for (Company company : enterprise.companies()) {
            out.text(company.businessUnitId()).text(company.name()).ref(Enterprise.ORGANIZATION_ID).end();
        }
    }

    /** Acquired tenants name the acquirer's business unit and the date the acquisition closed. */
    void tenants(CsvOut out) {
        String acquirer = enterprise.companies().get(0).businessUnitId();
        for (TenantPlan tenant : enterprise.tenants()) {
            Company company = tenant.company();
            TenantIdentity identity = tenant.identity();
            out.text(tenant.id()).text(identity.name()).text(tenant.kind().label())
                    .ref(company.businessUnitId()).text(identity.externalId()).text(identity.primaryDomain())
                    .bool(company.acquired());
            if (company.acquired()) {
                out.text(company.acquisitionDate().toString()).ref(acquirer);
            } else {
                out.empty().empty();
            }
            out.text(identity.status()).end();
        }
    }
}
