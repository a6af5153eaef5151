package dev.faultline.ingest.connector.okta;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * External identity providers to tenants and trusts. Each active IdP becomes a tenant keyed under
 * the org ({@code okta:<host>/idp/<id>}, kind {@code entra} for Microsoft, {@code google} for
 * Google, else {@code other}; external id the Entra tenant id or the issuer when the IdP names one)
 * and a one-way {@code okta-idp} trust from this org to it, with {@code mfa_accepted} =
 * {@code policy.mapAMRClaims}: Okta then takes the IdP's MFA claim as its own.
 */
final class IdpMapper {

    private static final Pattern ENTRA_TENANT = Pattern.compile(
            "(?:login\\.microsoftonline\\.com|sts\\.windows\\.net|login\\.windows\\.net)/([0-9a-fA-F-]{36})");

    private IdpMapper() {
    }

    static void emit(OktaExport export, OktaRows out) {
        int inactive = 0;
        for (OktaItem idp : export.items(Endpoint.IDPS)) {
            String id = OktaJson.required(idp, "id");
            String type = OktaJson.required(idp, "type").toUpperCase(Locale.ROOT);
            if ("INACTIVE".equalsIgnoreCase(OktaJson.text(idp, "status"))) {
                inactive++;
                continue;
            }
            String key = out.tenant() + "/idp/" + id;
            if (!out.rows().claim(key)) {
                continue;
            }
            String protocol = idp.node().path("protocol").toString();
            Matcher entra = ENTRA_TENANT.matcher(protocol);
            boolean microsoft = "MICROSOFT".equals(type) || protocol.contains("login.microsoftonline.com")
                    || protocol.contains("sts.windows.net");
            String name = OktaJson.text(idp, "name");
            out.rows().add("tenants.csv").set("id", key).set("name", name == null ? id : name)
                    .set("kind", microsoft ? "entra" : "GOOGLE".equals(type) ? "google" : "other")
                    .set("external_id", entra.find() ? entra.group(1) : issuer(idp.node()));
            out.rows().add("trusts.csv").set("id", out.tenant() + "/trust/idp/" + id).set("trusting_tenant", out.tenant())
                    .set("trusted_tenant", key).set("kind", "okta-idp").set("direction", "one-way")
                    .set("mfa_accepted", Boolean.TRUE.equals(OktaJson.bool(idp, "policy.mapAMRClaims")));
        }
        if (inactive > 0) {
            out.note(inactive + " inactive identity provider(s) not mapped");
        }
    }

    private static String issuer(JsonNode idp) {
        JsonNode issuer = OktaJson.at(idp, "protocol.issuer.url");
        if (!issuer.isTextual()) {
            issuer = OktaJson.at(idp, "protocol.credentials.trust.issuer");
        }
        return issuer.isTextual() && !issuer.asText().isBlank() ? issuer.asText() : null;
    }
}
