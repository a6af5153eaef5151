package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes exceptions.csv: about one exclusion per 1,000 identities (at least three per tenant with
 * policies), the Entra break-glass accounts first. Subjects are service identities, people, groups
 * (some grown beyond the size they were approved for) or roles; some exclusions have no owner, an
 * owner who left or was disabled, and some expired long ago.
 */
final class ExceptionWriter {

    private static final int WIDTH = 5;
    private static final String[] JUSTIFICATIONS = {
        "Service account cannot do MFA", "Legacy application, migration planned",
        "Executive travel, temporary", "Vendor integration, see contract",
        "Printer scan-to-mail uses SMTP AUTH", "Pending hardware tokens",
        "Acquisition: identities not migrated yet", "Approved by CISO in the \"2023 review\"",
        "Shared kiosk accounts",
    };

    private final Enterprise enterprise;
    private final GroupSizes sizes;

    ExceptionWriter(Enterprise enterprise, GroupSizes sizes) {
        this.enterprise = enterprise;
        this.sizes = sizes;
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            List<Integer> enforcing = enforcing(tenant);
            if (enforcing.isEmpty()) {
                continue;
            }
            ExceptionRow row = new ExceptionRow(enterprise, tenant, out,
                    enterprise.rng(BundleFile.EXCEPTIONS, tenant.index()), sizes);
            IdentityBlocks blocks = tenant.blocks();
            int number = 0;
            for (int i = blocks.start(IdentityKind.BREAK_GLASS); i < blocks.end(IdentityKind.BREAK_GLASS); i++) {
                row.breakGlass(key(tenant, number++), tenant.policyKey(enforcing.get(0)), i);
            }
            for (int total = count(tenant); number < total; number++) {
                int policy = row.rng().chance(0.6) ? enforcing.get(0) : enforcing.get(row.rng().below(enforcing.size()));
                row.ordinary(key(tenant, number), tenant.policyKey(policy), row.rng().pick(JUSTIFICATIONS));
            }
        }
    }

    private static String key(TenantPlan tenant, int number) {
        return Text.padded(tenant.id() + "/x/", number, WIDTH);
    }

    /** One per 1,000 identities of the tenant and of the AD synced into it, at least three. */
    private int count(TenantPlan tenant) {
        int source = tenant.neighbours().syncSource();
        long identities = tenant.identities() + (source < 0 ? 0 : enterprise.tenant(source).identities());
        return (int) Math.max(3, Math.round(identities / 1000.0)) + tenant.blocks().count(IdentityKind.BREAK_GLASS);
    }

    private static List<Integer> enforcing(TenantPlan tenant) {
        List<Integer> indexes = new ArrayList<>();
        for (int p = 0; p < tenant.policies().size(); p++) {
            if (tenant.policies().get(p).enforcing()) {
                indexes.add(p);
            }
        }
        return indexes;
    }
}
