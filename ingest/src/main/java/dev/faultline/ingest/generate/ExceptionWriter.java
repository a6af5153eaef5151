package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes exceptions.csv: about one exclusion per 1,000 identities (at least three per tenant with
 * policies), the Entra break-glass accounts first, then people, each owned by an active person,
 * approved, justified and unexpired; then the planted exclusions (ownerless, expired, too wide).
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
    private final Plants plants;
    private final GroupSizes sizes;

    ExceptionWriter(Enterprise enterprise, Plants plants, GroupSizes sizes) {
        this.enterprise = enterprise;
        this.plants = plants;
        this.sizes = sizes;
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            List<Integer> enforcing = enforcing(tenant);
            if (enforcing.isEmpty()) {
                continue;
            }
            ExceptionRow row = new ExceptionRow(enterprise, plants, tenant, out,
                    enterprise.rng(BundleFile.EXCEPTIONS, tenant.index()));
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
        PlantedRows.write(out, plants.rows(BundleFile.EXCEPTIONS).stream().map(this::grown).toList());
    }

    /** The planted exclusion of a legacy mail group, approved for one member fewer than it has. */
    private String[] grown(String[] row) {
        if (!ExceptionPlants.GROWN.equals(row[row.length - 1])) {
            return row;
        }
        String[] copy = row.clone();
        for (TenantPlan tenant : enterprise.tenants()) {
            if (tenant.id().equals(row[1])) {
                copy[row.length - 1] = Integer.toString(Math.max(0, sizes.size(tenant.index(), TenantPlan.LEGACY_MAIL_GROUP) - 1));
            }
        }
        return copy;
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
