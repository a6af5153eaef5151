package dev.faultline.ingest.connector.entra;

import static dev.faultline.ingest.connector.entra.Samples.one;
import static dev.faultline.ingest.connector.entra.Samples.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/**
 * Endpoints the public samples do not show, in Graph's shapes: organization, service principals
 * with owners, managed identities, applications with secrets, directory roles with members,
 * role-assignable groups with expanded members, and the cross-tenant policy with its default.
 */
class GraphEndpointsTest {

    private static final String T = "entra:0d1e2f30-0000-4000-8000-000000000001";
    private static EntraReading reading;
    private static BundleRows rows;

    @BeforeAll
    static void read() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("organization.json", utf8("""
                {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#organization","value":[{"id":"0D1E2F30-0000-4000-8000-000000000001",
                 "displayName":"Globex","verifiedDomains":[{"name":"globex.onmicrosoft.com","isDefault":false},{"name":"globex.com","isDefault":true}]}]}
                """));
        entries.put("users.json", utf8("""
                {"value":[{"id":"owner-1","userPrincipalName":"olga@globex.com","userType":"Member","employeeId":"E42",
                  "signInActivity":{"lastSignInDateTime":"2026-01-02T03:04:05Z","lastNonInteractiveSignInDateTime":"2026-02-01T00:00:00Z"}}]}
                """));
        entries.put("servicePrincipals.json", utf8("""
                {"value":[
                 {"id":"sp-obj-1","appId":"app-1","displayName":"Payroll sync","servicePrincipalType":"Application","accountEnabled":true,
                  "passwordCredentials":[{"keyId":"k1","startDateTime":"2024-01-01T00:00:00Z","endDateTime":"2124-01-01T00:00:00Z"}],
                  "owners":[{"@odata.type":"#microsoft.graph.user","id":"owner-1","userPrincipalName":"olga@globex.com"},
                            {"@odata.type":"#microsoft.graph.user","id":"owner-gone","userPrincipalName":"gone@globex.com"}]},
                 {"id":"mi-obj-1","appId":"mi-app-1","displayName":"vm-backup","servicePrincipalType":"ManagedIdentity","accountEnabled":false}]}
                """));
        entries.put("applications.json", utf8("""
                {"value":[{"id":"app-obj-1","appId":"app-1","displayName":"Payroll sync (app)",
                  "keyCredentials":[{"keyId":"c1","type":"AsymmetricX509Cert","endDateTime":"2025-06-30T00:00:00Z"}]}]}
                """));
        entries.put("groups.json", utf8("""
                {"value":[{"id":"grp-admins","displayName":"Tier0 Admins","isAssignableToRole":true,"securityEnabled":true,
                  "onPremisesSecurityIdentifier":"S-1-5-21-9-9-9-512",
                  "members":[{"@odata.type":"#microsoft.graph.user","id":"u-new","userPrincipalName":"nina@globex.com","userType":"Member"},
                             {"@odata.type":"#microsoft.graph.servicePrincipal","id":"sp-obj-1"}]}]}
                """));
        entries.put("directoryRoles.json", utf8("""
                {"value":[{"id":"dr-1","roleTemplateId":"62e90394-69f5-4237-9190-012177145e10","displayName":"Global Administrator",
                  "members":[{"id":"grp-admins"}]}]}
                """));
        entries.put("crossTenantAccessPolicy.json", utf8("""
                {"default":{"isServiceDefault":false,"inboundTrust":{"isMfaAccepted":true}},
                 "partners":[{"tenantId":"aaaa0000-0000-4000-8000-000000000002","inboundTrust":null},
                             {"tenantId":"bbbb0000-0000-4000-8000-000000000003","inboundTrust":{"isMfaAccepted":false}}]}
                """));
        reading = new EntraConnector().readAll(ExportInput.of(Path.of("globex"), entries));
        rows = reading.rows();
    }

    @Test
    void theOrganizationNamesTheTenant() {
        assertThat(reading.tenant()).isEqualTo(T);
        assertThat(one(rows, "tenants.csv", "id", T)).containsEntry("name", "Globex").containsEntry("primary_domain", "globex.com");
    }

    @Test
    void servicePrincipalsAndManagedIdentitiesAreIdentitiesKeyedByAppId() {
        assertThat(one(rows, "identities.csv", "id", T + "/sp/app-1")).containsEntry("kind", "service-principal")
                .containsEntry("name", "Payroll sync").containsEntry("source_id", "sp-obj-1");
        assertThat(one(rows, "identities.csv", "id", T + "/sp/mi-app-1")).containsEntry("kind", "managed-identity")
                .containsEntry("status", "disabled");
        assertThat(where(rows, "systems.csv", s -> s.get("id").equals(T + "/app/mi-app-1"))).isEmpty();
    }

    @Test
    void secretsAndCertificatesOfTheAppAndItsPrincipalAreCredentialsOfOneIdentity() {
        assertThat(rows.rows("credentials.csv")).extracting(c -> c.get("identity") + " " + c.get("kind") + " " + c.get("expires"))
                .containsExactlyInAnyOrder(T + "/sp/app-1 client-secret 2124-01-01T00:00:00Z",
                        T + "/sp/app-1 certificate 2025-06-30T00:00:00Z");
    }

    @Test
    void ownersOwnThePrincipalAndTheSystemAndAMissingOwnerGetsAPlaceholder() {
        assertThat(rows.rows("owners.csv")).extracting(o -> o.get("owner") + " > " + o.get("target")).containsExactlyInAnyOrder(
                T + "/user/owner-1 > " + T + "/sp/app-1", T + "/user/owner-1 > " + T + "/app/app-1",
                T + "/user/owner-gone > " + T + "/sp/app-1", T + "/user/owner-gone > " + T + "/app/app-1");
        assertThat(one(rows, "identities.csv", "id", T + "/user/owner-gone")).containsEntry("name", "gone@globex.com");
    }

    @Test
    void aRoleAssignableGroupHoldingGlobalAdminIsPrivilegedAndMakesItsMembersAdmins() {
        assertThat(one(rows, "groups.csv", "id", T + "/group/grp-admins")).containsEntry("kind", "role-assignable")
                .containsEntry("privileged", "true").containsEntry("on_prem_sid", "S-1-5-21-9-9-9-512");
        assertThat(one(rows, "identities.csv", "id", T + "/user/u-new")).containsEntry("kind", "admin");
        assertThat(rows.rows("memberships.csv")).extracting(m -> m.get("member"))
                .containsExactlyInAnyOrder(T + "/user/u-new", T + "/sp/app-1");
        assertThat(one(rows, "role_assignments.csv", "principal", T + "/group/grp-admins")).containsEntry("assignment", "active");
    }

    @Test
    void signInActivityGivesLastAndLastInteractiveSignIn() {
        assertThat(one(rows, "identities.csv", "id", T + "/user/owner-1")).containsEntry("last_sign_in", "2026-02-01T00:00:00Z")
                .containsEntry("last_interactive_sign_in", "2026-01-02T03:04:05Z").containsEntry("employee_id", "E42")
                .doesNotContainKey("legacy_auth_allowed");
    }

    @Test
    void aPartnerWithoutItsOwnInboundTrustInheritsTheDefault() {
        assertThat(one(rows, "trusts.csv", "trusted_tenant", "entra:aaaa0000-0000-4000-8000-000000000002"))
                .containsEntry("mfa_accepted", "true").containsEntry("kind", "entra-b2b");
        assertThat(one(rows, "trusts.csv", "trusted_tenant", "entra:bbbb0000-0000-4000-8000-000000000003"))
                .containsEntry("mfa_accepted", "false");
    }

    @Test
    void makesAValidBundle(@TempDir Path dir) {
        Samples.assertValidBundle(rows, dir);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
