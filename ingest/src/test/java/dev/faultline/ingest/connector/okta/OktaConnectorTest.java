package dev.faultline.ingest.connector.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.ingest.bundle.BundleValidator;
import dev.faultline.ingest.bundle.KeyLookup;
import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.connector.ExportInput;

class OktaConnectorTest {

    static final Path EXAMPLES = Path.of("../../shared/samples/okta/okta_management_api_response_examples.json");
    static final Path ACME = Path.of("src/test/resources/connector/okta/acme-org");
    private static final String T = "okta:acme.okta.com";

    private final OktaConnector connector = new OktaConnector();

    @Test
    void readsTheCombinedResponseExamplesWithExactCounts() {
        BundleRows rows = connector.read(ExportInput.open(EXAMPLES));
        assertThat(rows.counts()).isEqualTo(Map.ofEntries(Map.entry("tenants.csv", 8), Map.entry("identities.csv", 10),
                Map.entry("groups.csv", 3), Map.entry("roles.csv", 6), Map.entry("role_assignments.csv", 2),
                Map.entry("systems.csv", 4), Map.entry("policies.csv", 2), Map.entry("policy_scope.csv", 2),
                Map.entry("auth_paths.csv", 1), Map.entry("trusts.csv", 7), Map.entry("credentials.csv", 2)));
        String t = "okta:your-subdomain.okta.com";
        assertThat(rows.rows("tenants.csv").get(0)).containsEntry("id", t).containsEntry("kind", "okta");
        assertThat(rows.rows("auth_paths.csv")).extracting(r -> r.get("system"), r -> r.get("subject"), r -> r.get("protocol"), r -> r.get("mfa_enforced"))
                .containsExactly(tuple(t + "/app/0oabkvBLDEKCNXBGYUAS", t, "password-vault", "false"));
        assertThat(rows.rows("policies.csv")).extracting(r -> r.get("id"), r -> r.get("kind"), r -> r.get("state"), r -> r.get("control"))
                .containsExactly(tuple(t + "/policy-rule/0prh1sd28q5sXGW08697", "okta-sign-on", "enabled", "allow"),
                        tuple(t + "/policy-rule/ruleId", "okta-app-sign-on", "enabled", "allow"));
        assertThat(rows.rows("trusts.csv")).allSatisfy(r -> assertThat(r).containsEntry("mfa_accepted", "false").containsEntry("kind", "okta-idp"));
        assertThat(rows.rows("tenants.csv")).filteredOn(r -> "entra".equals(r.get("kind")))
                .extracting(r -> r.get("id")).containsExactly(t + "/idp/0oajmvdFawBih4gey0g3");
        assertThat(rows.rows("groups.csv")).filteredOn(r -> "true".equals(r.get("synced")))
                .extracting(r -> r.get("name")).containsExactly("Engineering users");
    }

    @Test
    void mapsAPerEndpointExportOfOneOrg() {
        BundleRows rows = connector.read(ExportInput.open(ACME));
        assertThat(rows.counts()).isEqualTo(Map.ofEntries(Map.entry("tenants.csv", 3), Map.entry("identities.csv", 8),
                Map.entry("groups.csv", 3), Map.entry("memberships.csv", 5), Map.entry("owners.csv", 2),
                Map.entry("roles.csv", 3), Map.entry("role_assignments.csv", 3), Map.entry("systems.csv", 6),
                Map.entry("policies.csv", 5), Map.entry("policy_scope.csv", 8), Map.entry("exceptions.csv", 2),
                Map.entry("access.csv", 2), Map.entry("auth_paths.csv", 5), Map.entry("trusts.csv", 2),
                Map.entry("credentials.csv", 2)));
    }

    @Test
    void usersCarryStatusSyncAdminMfaAndSignIns() {
        BundleRows rows = connector.read(ExportInput.open(ACME));
        assertThat(rows.rows("identities.csv")).filteredOn(r -> r.get("id").contains("/user/"))
                .extracting(r -> r.get("name"), r -> r.get("kind"), r -> r.get("status"), r -> r.get("synced"),
                        r -> r.get("mfa_registered"), r -> r.get("mfa_methods"), r -> r.get("legacy_auth_last_used"))
                .containsExactlyInAnyOrder(
                        tuple("easy-e@example.com", "member", "active", "false", "true", "sms", "2024-08-13T16:00:00Z"),
                        tuple("dr.dre@example.com", "member", "active", "true", "true", "fido2;push", "2024-07-01T08:00:00Z"),
                        tuple("ice.cube@example.com", "admin", "active", "false", "false", null, null),
                        tuple("johnmclean@example.com", "member", "disabled", "false", null, null, null),
                        tuple("john.j.phillips@example.com", "admin", "disabled", "false", "true", "email;sms", null),
                        tuple("mc.ren@example.com", "member", "active", "true", null, null, null));
        assertThat(rows.rows("identities.csv")).filteredOn(r -> r.get("name").equals("easy-e@example.com"))
                .extracting(r -> r.get("last_sign_in"), r -> r.get("source_id"))
                .containsExactly(tuple("2024-08-13T15:58:20.353Z", "00u1f96ECLNVOKVMUSEA"));
    }

    @Test
    void legacyAppsHaveNoMfaAndFederatedAppsFollowTheirSignOnPolicy() {
        BundleRows rows = connector.read(ExportInput.open(ACME));
        assertThat(rows.rows("auth_paths.csv"))
                .extracting(r -> r.get("system").substring(T.length()), r -> r.get("subject").replace(T, ""), r -> r.get("protocol"), r -> r.get("mfa_enforced"))
                .containsExactlyInAnyOrder(
                        tuple("/app/0oa7vicdkRNrz59R80w6", "", "saml", "true"),
                        tuple("/app/0oabkvBLDEKCNXBGYUAS", "/group/00garwpuyxHaWOkdV0g4", "password-vault", "false"),
                        tuple("/app/0oabkvBLDEKCNXBGYUAS", "/user/00u1f96ECLNVOKVMUSEA", "password-vault", "false"),
                        tuple("/app/0oa1basicauth0000000", "", "basic-auth", "false"),
                        tuple("/app/0oa1oidc000000000000", "", "oidc", "false"));
    }

    @Test
    void policyRulesBecomePoliciesWithScopeAndExceptions() {
        BundleRows rows = connector.read(ExportInput.open(ACME));
        String rule = T + "/policy/00p1signon0000000000/rule/0pr1mfa0000000000000";
        assertThat(rows.rows("policies.csv")).extracting(r -> r.get("name"), r -> r.get("state"), r -> r.get("control"))
                .containsExactlyInAnyOrder(tuple("Default Policy / MFA everywhere", "enabled", "require-mfa"),
                        tuple("Default Policy / Block outside", "disabled", "block"),
                        tuple("Weak app policy / Admins need MFA", "enabled", "require-mfa"),
                        tuple("Weak app policy / Catch-all rule", "enabled", "allow"),
                        tuple("Strong app policy / Require two factors", "enabled", "require-mfa"));
        assertThat(rows.rows("exceptions.csv")).extracting(r -> r.get("policy"), r -> r.get("subject"))
                .containsExactlyInAnyOrder(tuple(rule, T + "/group/00garwpuyxHaWOkdV0g4"), tuple(rule, T + "/user/00ur32Vg0fvpyHZeQ0g3"));
        assertThat(rows.rows("policy_scope.csv")).filteredOn(r -> r.get("policy").endsWith("rul1catchall"))
                .extracting(r -> r.get("target")).containsExactlyInAnyOrder(T, T + "/app/0oa1oidc000000000000");
    }

    @Test
    void idpsBecomeTrustsThatAcceptMfaWhenAmrClaimsAreMapped() {
        BundleRows rows = connector.read(ExportInput.open(ACME));
        assertThat(rows.rows("tenants.csv")).extracting(r -> r.get("id"), r -> r.get("kind"), r -> r.get("external_id"))
                .containsExactly(tuple(T, "okta", "https://acme.okta.com"),
                        tuple(T + "/idp/0oajmvdFawBih4gey0g3", "entra", "4f1e2d3c-0000-4000-8000-00000000abcd"),
                        tuple(T + "/idp/0oa62bc8wppPw0UGr0h7", "other", "https://idp.example.com"));
        assertThat(rows.rows("trusts.csv")).extracting(r -> r.get("trusted_tenant"), r -> r.get("mfa_accepted"))
                .containsExactly(tuple(T + "/idp/0oajmvdFawBih4gey0g3", "true"), tuple(T + "/idp/0oa62bc8wppPw0UGr0h7", "false"));
    }

    @Test
    void apiTokensAreOwnedTokensWithCredentials() {
        BundleRows rows = connector.read(ExportInput.open(ACME));
        assertThat(rows.rows("owners.csv")).extracting(r -> r.get("owner"), r -> r.get("target"))
                .containsExactlyInAnyOrder(tuple(T + "/user/00ur32Vg0fvpyHZeQ0g3", T + "/group/00garwpuyxHaWOkdV0g4"),
                        tuple(T + "/user/00ur32Vg0fvpyHZeQ0g3", T + "/api-token/00Tabcdefg1234567890"));
        assertThat(rows.rows("credentials.csv")).extracting(r -> r.get("identity"), r -> r.get("kind"), r -> r.get("expires"))
                .containsExactlyInAnyOrder(tuple(T + "/api-token/00Tabcdefg1234567890", "api-token", "2021-12-11T20:38:10Z"),
                        tuple(T + "/api-token/00T1234567890abcdefg", "api-token", "2021-11-11T20:43:10Z"));
    }

    @Test
    void saysWhatItLeftOutInTheManifest(@TempDir Path dir) throws java.io.IOException {
        connector.read(ExportInput.open(ACME)).writeTo(dir);
        String description = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("manifest.json").toFile()).get("description").asText();
        assertThat(description).contains("1 group member(s) of groups not in the export",
                "1 federated app(s) without their sign-on policy in the export",
                "1 inactive identity provider(s) not mapped",
                "1 API token(s) whose creating user is not in the export");
    }

    @Test
    void derivedBundlesValidateWithoutErrors(@TempDir Path dir) {
        for (Path export : List.of(EXAMPLES, ACME)) {
            Path out = dir.resolve(export.getFileName().toString());
            connector.read(ExportInput.open(export)).writeTo(out);
            var report = new BundleValidator(KeyLookup.none()).validate(out);
            assertThat(report.isValid()).as(report.render(20)).isTrue();
        }
    }

    @Test
    void acceptsOktaAndRefusesOtherJson() {
        assertThat(connector.accepts(ExportInput.open(EXAMPLES))).isTrue();
        assertThat(connector.accepts(ExportInput.open(ACME))).isTrue();
        assertThat(connector.accepts(input("users.json", "{\"value\":[{\"id\":\"x\",\"@odata.type\":\"https://graph.microsoft.com/v1.0/\"}]}"))).isFalse();
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        String json = "[{\"id\":\"00u1\",\"status\":\"ACTIVE\",\"profile\":{\"login\":\"a@x.com\"},\"_links\":{\"self\":{\"href\":\"https://x.okta.com/api/v1/users/00u1\"}}}]";
        byte[] body = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] data = new byte[body.length + 2];
        data[0] = (byte) 0xFF;
        data[1] = (byte) 0xFE;
        System.arraycopy(body, 0, data, 2, body.length);
        BundleRows rows = connector.read(ExportInput.of(Path.of("export"), Map.of("users.json", data)));
        assertThat(rows.rows("identities.csv")).extracting(r -> r.get("id")).containsExactly("okta:x.okta.com/user/00u1");
    }

    @Test
    void malformedJsonNamesTheFile() {
        assertThatThrownBy(() -> connector.read(input("users.json", "[{\"id\": ")))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("users.json").hasMessageContaining("not valid JSON");
    }

    @Test
    void aMissingRequiredFieldNamesFileRecordAndField() {
        assertThatThrownBy(() -> connector.read(input("groups.json",
                "[{\"id\":\"00g1\",\"profile\":{\"name\":\"ok\"}},{\"id\":\"00g2\",\"profile\":{}}]")))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("groups.json").hasMessageContaining("[1] (id 00g2)").hasMessageContaining("profile.name");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        assertThatThrownBy(() -> connector.read(input("users.json", "[{\"id\":\"00u1\",\"created\":\"yesterday\"}]")))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("[0] (id 00u1)").hasMessageContaining("field 'created'");
    }

    private static ExportInput input(String name, String json) {
        return ExportInput.of(Path.of("export"), Map.of(name, json.getBytes(StandardCharsets.UTF_8)));
    }
}
