package dev.faultline.ingest.connector.entra;

import static dev.faultline.ingest.connector.entra.Samples.one;
import static dev.faultline.ingest.connector.entra.Samples.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/**
 * The Conditional Access baseline (j0eyv/ConditionalAccessBaseline): UTF-16 LE policy and group
 * files, no users. The fact: the legacy-authentication block excludes the break-glass group,
 * and the MFA policies scoped to browser and mobile/desktop clients leave legacy clients uncovered.
 */
class ConditionalAccessBaselineTest {

    private static final Path BASELINE = Samples.ENTRA.resolve("conditional-access-baseline");
    private static final String TENANT = "entra:42ba3ed1-ae78-4fd0-8080-5f8bfcc27b29";
    private static final String BREAK_GLASS = TENANT + "/group/2802b872-ccfb-4b29-a9a9-459808dfb11b";
    private static final String CA002 = TENANT + "/ca/c1acdef5-cfc8-470b-a7db-1f71ba4be1fb";
    private static final String EXCHANGE = TENANT + "/app/00000002-0000-0ff1-ce00-000000000000";

    private static EntraReading reading;
    private static BundleRows rows;

    @BeforeAll
    static void read() {
        reading = Samples.read(BASELINE);
        rows = reading.rows();
    }

    @Test
    void isAcceptedAsEntra() {
        assertThat(new EntraConnector().accepts(ExportInput.open(BASELINE))).isTrue();
    }

    @Test
    void theTenantComesFromTheMigrationTable() {
        assertThat(reading.tenant()).isEqualTo(TENANT);
        assertThat(rows.rows("tenants.csv")).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("kind", "entra").containsEntry("external_id", "42ba3ed1-ae78-4fd0-8080-5f8bfcc27b29"));
    }

    @Test
    void everyPolicyIsReadWithItsStateControlAndClientTypes() {
        assertThat(rows.rows("policies.csv")).hasSize(36);
        Map<String, String> ca002 = one(rows, "policies.csv", "id", CA002);
        assertThat(ca002).containsEntry("state", "enabled").containsEntry("control", "block")
                .containsEntry("client_app_types", "exchange-activesync;other").containsEntry("kind", "conditional-access");
        assertThat(policy("CA105-")).containsEntry("state", "report-only").containsEntry("control", "require-auth-strength");
        assertThat(policy("CA100-")).containsEntry("control", "require-auth-strength");
        assertThat(policy("CA205-")).containsEntry("control", "require-compliant-device");
    }

    @Test
    void theLegacyBlockExcludesTheBreakGlassGroup() {
        List<Map<String, String>> exceptions = where(rows, "exceptions.csv", e -> CA002.equals(e.get("policy")));
        assertThat(exceptions).extracting(e -> e.get("subject"))
                .containsExactlyInAnyOrder(BREAK_GLASS, TENANT + "/group/8861a932-f1d1-4d1d-a5e6-cdce20fada27");
        assertThat(exceptions).allSatisfy(e -> assertThat(e).doesNotContainKey("owner"));
        assertThat(one(rows, "groups.csv", "id", BREAK_GLASS)).containsEntry("name", "CA-BreakGlassAccounts - Exclude");
    }

    @Test
    void theMfaPoliciesForBrowserAndMobileDesktopLeaveLegacyClientsUncovered() {
        for (String prefix : List.of("CA101-", "CA200-", "CA300-")) {
            Map<String, String> policy = policy(prefix);
            assertThat(policy).containsEntry("control", "require-mfa").containsEntry("state", "enabled")
                    .containsEntry("client_app_types", "browser;mobile-desktop");
        }
    }

    @Test
    void legacyAuthenticationStaysOpenForWhomTheBlockExcludes() {
        assertThat(rows.rows("auth_paths.csv")).extracting(p -> p.get("subject").substring(TENANT.length()) + " "
                + p.get("protocol") + " " + p.get("system").substring(TENANT.length()) + " " + p.get("mfa_enforced"))
                .containsExactlyInAnyOrder(
                        "/group/2802b872-ccfb-4b29-a9a9-459808dfb11b exchange-activesync /app/00000002-0000-0ff1-ce00-000000000000 false",
                        "/group/2802b872-ccfb-4b29-a9a9-459808dfb11b other-clients /app/00000002-0000-0ff1-ce00-000000000000 false",
                        "/group/8861a932-f1d1-4d1d-a5e6-cdce20fada27 exchange-activesync /app/00000002-0000-0ff1-ce00-000000000000 false",
                        "/group/8861a932-f1d1-4d1d-a5e6-cdce20fada27 other-clients /app/00000002-0000-0ff1-ce00-000000000000 false");
        List<Map<String, String>> legacy = where(rows, "auth_paths.csv", p -> EXCHANGE.equals(p.get("system")));
        assertThat(legacy).filteredOn(p -> BREAK_GLASS.equals(p.get("subject")))
                .extracting(p -> p.get("protocol")).containsExactlyInAnyOrder("exchange-activesync", "other-clients");
        assertThat(legacy).allSatisfy(p -> assertThat(p).containsEntry("mfa_enforced", "false"));
        assertThat(legacy).noneMatch(p -> TENANT.equals(p.get("subject")));
        assertThat(legacy).extracting(p -> p.get("subject"))
                .containsOnly(BREAK_GLASS, TENANT + "/group/8861a932-f1d1-4d1d-a5e6-cdce20fada27");
    }

    @Test
    void scopeFollowsTheLiterals() {
        assertThat(where(rows, "policy_scope.csv", s -> s.get("policy").equals(policy("CA000-").get("id"))))
                .extracting(s -> s.get("target")).containsExactly(TENANT);
        assertThat(where(rows, "policy_scope.csv", s -> s.get("policy").equals(policy("CA400-").get("id"))))
                .extracting(s -> s.get("target")).containsExactly(TENANT + "/group/guests-or-external-users");
        assertThat(where(rows, "policy_scope.csv", s -> s.get("policy").equals(policy("CA501-").get("id")))).isEmpty();
        assertThat(where(rows, "policy_scope.csv", s -> s.get("policy").equals(policy("CA100-").get("id"))))
                .extracting(s -> s.get("target")).contains(TENANT + "/role/62e90394-69f5-4237-9190-012177145e10",
                        TENANT + "/app/microsoftadminportals");
        assertThat(one(rows, "roles.csv", "id", TENANT + "/role/62e90394-69f5-4237-9190-012177145e10"))
                .containsEntry("name", "Global Administrator").containsEntry("privileged", "true");
    }

    @Test
    void makesAValidBundle(@TempDir Path dir) {
        Samples.assertValidBundle(rows, dir);
    }

    private static Map<String, String> policy(String prefix) {
        List<Map<String, String>> found = where(rows, "policies.csv", p -> p.get("name").startsWith(prefix));
        assertThat(found).as("policy " + prefix).hasSize(1);
        return found.get(0);
    }
}
