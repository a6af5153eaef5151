package dev.faultline.ingest.connector.sharphound;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Domains to tenants and their trusts to trusts rows. A domain named only by a trust or by an
 * object's {@code domainsid} (not collected in this export) still gets a tenant row, from the
 * trust's target name and SID, so that every reference resolves.
 *
 * <p>Directions follow Windows: the listing domain's {@code Outbound} trust means it trusts the
 * target (trusting = listing domain); {@code Inbound} means the target trusts it (trusting =
 * target); {@code Bidirectional} is written from the listing side as two-way. A two-way trust that
 * both domains list is two rows, one per side, because each side holds its own SID filtering.
 * Disabled trusts are left out.
 */
final class TenantMapper {

    private TenantMapper() {
    }

    static void write(AdDirectory directory, BundleRows rows) {
        Map<String, String> tenants = new LinkedHashMap<>();
        directory.domains().forEach(d -> tenants.put(d.sid(), d.name()));
        directory.domains().forEach(d -> d.trusts().forEach(t -> tenants.putIfAbsent(t.targetSid(), t.targetName())));
        directory.users().forEach(u -> addDomain(tenants, u.principal()));
        directory.groups().forEach(g -> addDomain(tenants, g.principal()));
        directory.computers().forEach(c -> addDomain(tenants, c.principal()));
        tenants.forEach((sid, name) -> rows.add("tenants.csv").set("id", AdKeys.tenant(sid)).set("name", name)
                .set("kind", "ad").set("external_id", sid)
                .set("primary_domain", name.startsWith("S-1-") ? null : name.toLowerCase()));
        for (AdDomain domain : directory.domains()) {
            domain.trusts().forEach(trust -> writeTrust(domain, trust, rows));
        }
    }

    private static void addDomain(Map<String, String> tenants, AdPrincipal principal) {
        String name = principal.domainName() == null ? principal.domainSid() : principal.domainName().toUpperCase();
        tenants.putIfAbsent(principal.domainSid(), name);
    }

    private static void writeTrust(AdDomain domain, AdTrust trust, BundleRows rows) {
        String key = AdKeys.trust(domain.sid(), trust.targetSid());
        if (trust.direction() == TrustDirection.DISABLED || !rows.claim(key)) {
            return;
        }
        boolean inbound = trust.direction() == TrustDirection.INBOUND;
        rows.add("trusts.csv").set("id", key)
                .set("trusting_tenant", AdKeys.tenant(inbound ? trust.targetSid() : domain.sid()))
                .set("trusted_tenant", AdKeys.tenant(inbound ? domain.sid() : trust.targetSid()))
                .set("kind", trust.type().bundleKind())
                .set("direction", trust.direction() == TrustDirection.BIDIRECTIONAL ? "two-way" : "one-way")
                .set("transitive", trust.transitive())
                .set("sid_filtering", trust.sidFiltering());
    }
}
