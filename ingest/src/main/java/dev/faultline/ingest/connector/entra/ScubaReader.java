package dev.faultline.ingest.connector.entra;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * ScubaGear's {@code ProviderSettingsExport.json}: the tenant ({@code tenant_details},
 * {@code tenant_id}), Conditional Access policies in PowerShell's PascalCase with {@code /Date(ms)/}
 * dates, {@code privileged_roles}, {@code privileged_users}, and Exchange Online's
 * {@code transport_config.SmtpClientAuthenticationDisabled} (tenant-wide SMTP AUTH). The rest of the Exchange, SharePoint, Teams and
 * Power Platform sections carry no identity facts this connector maps.
 */
final class ScubaReader {

    private ScubaReader() {
    }

    static void read(JsonNode root, Directory dir, String file) {
        String tenantId = Json.text(root, "tenant_id");
        JsonNode details = Json.get(root, "tenant_details");
        JsonNode first = details == null || Json.items(details).isEmpty() ? null : Json.items(details).get(0);
        if (first != null) {
            tenantId = tenantId == null ? Json.text(first, "TenantId") : tenantId;
            dir.tenantName = Json.text(first, "DisplayName");
            dir.primaryDomain = Json.text(first, "DomainName");
        }
        if (tenantId != null) {
            dir.tenantIds.add(Directory.id(tenantId));
        }
        JsonNode policies = Json.get(root, "conditional_access_policies");
        if (policies != null) {
            PolicyReader.read(Json.items(policies), dir, file);
        }
        JsonNode roles = Json.get(root, "privileged_roles");
        if (roles != null) {
            RoleReader.readScubaRoles(roles, dir);
        }
        JsonNode transport = Json.get(root, "transport_config");
        if (transport != null && !Json.items(transport).isEmpty()) {
            dir.smtpAuthDisabled = Json.bool(Json.items(transport).get(0), "SmtpClientAuthenticationDisabled");
        }
        JsonNode users = Json.get(root, "privileged_users");
        if (users != null && users.isObject()) {
            RoleReader.readScubaUsers(users, dir);
        }
    }
}
