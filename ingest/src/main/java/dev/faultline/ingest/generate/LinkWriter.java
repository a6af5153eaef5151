package dev.faultline.ingest.generate;

/**
 * Writes identity_links.csv from the same rules {@link People} names accounts by: AD members synced
 * to Entra (by SID), admin accounts of members, guests of people in other companies, and people with
 * accounts in both tenants of an acquired company.
 */
final class LinkWriter {

    private final Enterprise enterprise;
    private final People people;

    LinkWriter(Enterprise enterprise) {
        this.enterprise = enterprise;
        this.people = enterprise.people();
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            synced(out, tenant);
            admins(out, tenant);
            guests(out, tenant);
            partners(out, tenant);
        }
    }

    private void synced(CsvOut out, TenantPlan tenant) {
        TenantPlan.Neighbours neighbours = tenant.neighbours();
        if (neighbours.syncSource() < 0) {
            return;
        }
        TenantPlan source = enterprise.tenant(neighbours.syncSource());
        int sourceStart = source.blocks().start(IdentityKind.MEMBER);
        int start = tenant.blocks().start(IdentityKind.MEMBER);
        for (int m = 0; m < neighbours.syncedMembers(); m++) {
            link(out, source, sourceStart + m, tenant, start + m, "synced", "onPremisesSecurityIdentifier", "1");
        }
    }

    private static void admins(CsvOut out, TenantPlan tenant) {
        IdentityBlocks blocks = tenant.blocks();
        int admins = Math.min(blocks.count(IdentityKind.ADMIN), blocks.count(IdentityKind.MEMBER));
        boolean github = tenant.kind() == TenantKind.GITHUB;
        for (int k = 0; k < admins; k++) {
            link(out, tenant, blocks.start(IdentityKind.MEMBER) + k, tenant, blocks.start(IdentityKind.ADMIN) + k,
                    "same-person", github ? "displayName" : "employeeId", github ? "0.7" : "0.95");
        }
    }

    private void guests(CsvOut out, TenantPlan tenant) {
        IdentityBlocks blocks = tenant.blocks();
        for (int g = 0; g < blocks.count(IdentityKind.GUEST); g++) {
            long origin = people.guestOrigin(tenant.index(), g);
            if (origin >= 0) {
                link(out, enterprise.tenant(People.tenantOf(origin)), People.indexOf(origin), tenant,
                        blocks.start(IdentityKind.GUEST) + g, "guest-of", "upn", "0.9");
            }
        }
    }

    private void partners(CsvOut out, TenantPlan tenant) {
        int partner = tenant.neighbours().partner();
        if (partner < 0) {
            return;
        }
        TenantPlan sister = enterprise.tenant(partner);
        boolean aws = tenant.kind() == TenantKind.AWS;
        IdentityBlocks blocks = tenant.blocks();
        int sisterStart = sister.blocks().start(IdentityKind.MEMBER);
        for (int i = blocks.start(IdentityKind.MEMBER); i < blocks.end(IdentityKind.MEMBER); i++) {
            if (people.sharedWithPartner(tenant, i)) {
                int member = i - blocks.start(IdentityKind.MEMBER);
                link(out, sister, sisterStart + member, tenant, i, "same-person",
                        aws ? "employeeId" : "email", aws ? "0.9" : "0.8");
            }
        }
    }

    private static void link(CsvOut out, TenantPlan fromTenant, int from, TenantPlan toTenant, int to, String kind,
                             String evidence, String confidence) {
        out.refKey(fromTenant.identityPrefix(from), from, TenantPlan.IDENTITY_WIDTH)
                .refKey(toTenant.identityPrefix(to), to, TenantPlan.IDENTITY_WIDTH)
                .text(kind).text(evidence).text(confidence).end();
    }
}
