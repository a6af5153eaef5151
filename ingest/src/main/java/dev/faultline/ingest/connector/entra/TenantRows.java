package dev.faultline.ingest.connector.entra;

/**
 * The tenant itself, and its cross-tenant access partners: each partner is a tenant of kind
 * {@code entra} and a trust from this tenant to it: {@code entra-cross-tenant-sync} when inbound user
 * sync is allowed, else {@code entra-b2b}; {@code mfa_accepted} is the partner's
 * {@code inboundTrust.isMfaAccepted}, or the default's when the partner inherits it (null).
 */
final class TenantRows {

    private TenantRows() {
    }

    static void writeTenant(RowContext ctx, String externalId, String fallbackName) {
        Directory dir = ctx.dir;
        ctx.claim(ctx.keys.tenant());
        ctx.rows.add("tenants.csv").set("id", ctx.keys.tenant())
                .set("name", dir.tenantName != null ? dir.tenantName : externalId != null ? externalId : fallbackName)
                .set("kind", "entra").set("external_id", externalId).set("primary_domain", dir.primaryDomain)
                .set("smtp_auth_disabled", dir.smtpAuthDisabled);
    }

    static void writePartners(RowContext ctx) {
        for (Directory.Partner partner : ctx.dir.partners.values()) {
            String tenant = EntraKeys.tenantKey(partner.tenantId());
            if (ctx.claim(tenant)) {
                ctx.rows.add("tenants.csv").set("id", tenant).set("name", partner.name() != null ? partner.name() : partner.tenantId())
                        .set("kind", "entra").set("external_id", partner.tenantId());
            }
            Boolean mfa = partner.mfaAccepted() != null ? partner.mfaAccepted() : ctx.dir.defaultMfaAccepted;
            ctx.rows.add("trusts.csv").set("id", ctx.keys.trust(partner.tenantId())).set("trusting_tenant", ctx.keys.tenant())
                    .set("trusted_tenant", tenant)
                    .set("kind", partner.syncAllowed() ? "entra-cross-tenant-sync" : "entra-b2b")
                    .set("direction", "one-way").set("mfa_accepted", Boolean.TRUE.equals(mfa))
                    .set("sync_enabled", partner.syncAllowed());
        }
    }
}
