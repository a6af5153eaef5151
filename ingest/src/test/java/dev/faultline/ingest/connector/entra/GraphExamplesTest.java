package dev.faultline.ingest.connector.entra;

import static dev.faultline.ingest.connector.entra.Samples.one;
import static dev.faultline.ingest.connector.entra.Samples.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.ingest.connector.BundleRows;

/** The Microsoft Graph documentation examples, read as one export directory. */
class GraphExamplesTest {

    private static final Path EXAMPLES = Samples.ENTRA.resolve("graph-api-examples");
    private static final String TENANT = "entra:graph-api-examples";

    private static EntraReading reading;
    private static BundleRows rows;

    @BeforeAll
    static void read() {
        reading = Samples.read(EXAMPLES);
        rows = reading.rows();
    }

    @Test
    void withoutATenantIdTheTenantKeyComesFromTheDirectoryName() {
        assertThat(reading.tenant()).isEqualTo(TENANT);
        assertThat(reading.notes()).anyMatch(n -> n.contains("derived from its name"))
                .as("the multi-tenant organization template names no partner").anyMatch(n -> n.startsWith(
                        "multiTenantOrganizationPartnerConfigurationTemplate_configured.v1.json: no cross-tenant default or partner"));
    }

    @Test
    void neverSignedInIsUnknownAndTheLatestSignInWins() {
        Map<String, String> adele = one(rows, "identities.csv", "upn", "AdeleV@contoso.com");
        assertThat(adele).containsEntry("last_sign_in", "2021-06-17T16:41:33Z").containsEntry("kind", "member");
        Map<String, String> alex = one(rows, "identities.csv", "upn", "AlexW@contoso.com");
        assertThat(alex).containsEntry("last_sign_in", "2021-07-29T17:53:42Z");
    }

    @Test
    void registrationDetailsGiveMfaRegistrationAndMethods() {
        Map<String, String> alex = one(rows, "identities.csv", "upn", "AlexW@contoso.com");
        assertThat(alex).containsEntry("mfa_registered", "true").containsEntry("mfa_methods", "push;totp");
        Map<String, String> allan = one(rows, "identities.csv", "upn", "AllanD@Contoso.com");
        assertThat(allan).containsEntry("kind", "guest").containsEntry("mfa_registered", "false").doesNotContainKey("mfa_methods");
        assertThat(one(rows, "identities.csv", "upn", "BiancaP@Contoso.com")).containsEntry("mfa_methods", "sms;push;totp");
    }

    @Test
    void theSignInWithATrailingCommaIsReadAsAPath() {
        Map<String, String> path = one(rows, "auth_paths.csv", "system", TENANT + "/app/00000003-0000-0000-c000-000000000000");
        assertThat(path).containsEntry("protocol", "oidc").containsEntry("mfa_enforced", "false")
                .containsEntry("subject", TENANT + "/user/26be570a-ae82-4189-b4e2-a37c6808512d")
                .containsEntry("last_used", "2020-03-13T19:15:41.6195833Z");
    }

    @Test
    void disabledPoliciesEnforceNothingSoLegacyStaysOpenForTheWholeTenant() {
        assertThat(rows.rows("policies.csv")).extracting(p -> p.get("state")).containsOnly("disabled");
        assertThat(where(rows, "auth_paths.csv", p -> TENANT.equals(p.get("subject"))))
                .extracting(p -> p.get("protocol")).containsExactlyInAnyOrder("exchange-activesync", "other-clients");
        assertThat(reading.postures().values()).allMatch(p -> Boolean.TRUE.equals(p.legacyAllowed()));
    }

    @Test
    void partnersBecomeTenantsAndTrusts() {
        Map<String, String> sync = one(rows, "trusts.csv", "trusted_tenant", "entra:9c5d131d-b1c3-4fc4-9e3f-c6557947d551");
        assertThat(sync).containsEntry("kind", "entra-cross-tenant-sync").containsEntry("sync_enabled", "true")
                .containsEntry("mfa_accepted", "false").containsEntry("trusting_tenant", TENANT);
        assertThat(one(rows, "tenants.csv", "id", "entra:9c5d131d-b1c3-4fc4-9e3f-c6557947d551")).containsEntry("name", "Fabrikam");
        assertThat(one(rows, "trusts.csv", "trusted_tenant", "entra:123f4846-ba00-4fd7-ba43-dac1f8f63013"))
                .containsEntry("kind", "entra-b2b");
    }

    @Test
    void makesAValidBundle(@TempDir Path dir) {
        Samples.assertValidBundle(rows, dir);
    }
}
