package dev.faultline.ingest.connector.okta;

/**
 * Okta API tokens ({@code /api/v1/api-tokens}) to non-human identities of kind {@code token}, each
 * with an {@code api-token} credential (created, {@code expiresAt}) and, when the creating user is in
 * the export, that user as owner. A token acts with its creator's admin rights.
 */
final class ApiTokenMapper {

    private ApiTokenMapper() {
    }

    static void emit(OktaExport export, OktaRows out) {
        int ownerless = 0;
        for (OktaItem token : export.items(Endpoint.API_TOKENS)) {
            String id = OktaJson.required(token, "id");
            String key = out.tenant() + "/api-token/" + id;
            if (!out.rows().claim(key)) {
                continue;
            }
            String name = OktaJson.text(token, "name");
            out.rows().add("identities.csv").set("id", key).set("tenant", out.tenant()).set("kind", "token")
                    .set("name", name == null ? id : name).set("display_name", OktaJson.text(token, "clientName"))
                    .set("created", OktaJson.instant(token, "created"));
            out.rows().add("credentials.csv").set("id", key + "/credential").set("tenant", out.tenant())
                    .set("identity", key).set("kind", "api-token").set("created", OktaJson.instant(token, "created"))
                    .set("expires", OktaJson.instant(token, "expiresAt"));
            String user = OktaJson.text(token, "userId");
            if (out.hasUser(user)) {
                out.rows().add("owners.csv").set("owner", out.userKey(user)).set("target", key).set("role", "owner");
            } else {
                ownerless++;
            }
        }
        if (ownerless > 0) {
            out.note(ownerless + " API token(s) whose creating user is not in the export: no owner written");
        }
    }
}
