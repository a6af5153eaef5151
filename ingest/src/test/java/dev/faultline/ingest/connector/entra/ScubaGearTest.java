package dev.faultline.ingest.connector.entra;

import static dev.faultline.ingest.connector.entra.Samples.one;
import static dev.faultline.ingest.connector.entra.Samples.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/**
 * ScubaGear: the ProviderSettingsExport stub (PascalCase, {@code /Date(ms)/}), the UTF-16 mock
 * applications and service principals, and a config in its JSON form declaring CapExclusions and
 * OmitPolicy entries, and the sample's YAML config (full_config.yaml) with its anchors and aliases.
 */
class ScubaGearTest {

    private static final Path SCUBA = Samples.ENTRA.resolve("scubagear");
    private static final String T = "entra:3c19c757-3b55-411f-b03f-2bcc514a598d";
    private static final String LEGACY_BLOCK_EXCLUDED = "8454f405-3b29-4102-b888-315c4e3de2d0";

    private static EntraReading reading;
    private static BundleRows rows;

    @BeforeAll
    static void read() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var files = Files.list(SCUBA)) {
            for (Path file : files.sorted().toList()) {
                entries.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        entries.put("scuba_config.json", """
                {"ProductNames":["aad"],
                 "Aad":{"MS.AAD.1.1v1":{"CapExclusions":{"Groups":["%s"],"Users":["9d9ac7b2-5aa6-4830-a17a-6557e52140b0"]}}},
                 "OmitPolicy":{"MS.AAD.1.1v1":{"Rationale":"Printers still use SMTP AUTH","Expiration":"2027-06-30"},
                               "MS.AAD.7.6v1":{"Rationale":"Approval process not acceptable"}}}
                """.formatted(LEGACY_BLOCK_EXCLUDED).getBytes(StandardCharsets.UTF_16LE));
        reading = new EntraConnector().readAll(ExportInput.of(SCUBA, withBom(entries, "scuba_config.json")));
        rows = reading.rows();
    }

    @Test
    void theTenantComesFromTheExport() {
        assertThat(reading.tenant()).isEqualTo(T);
        assertThat(one(rows, "tenants.csv", "id", T)).containsEntry("name", "Agency").containsEntry("primary_domain", "onmicrosoft.com");
    }

    @Test
    void pascalCasePoliciesAreRead() {
        assertThat(rows.rows("policies.csv")).filteredOn(p -> "conditional-access".equals(p.get("kind"))).hasSize(20);
        Map<String, String> legacy = one(rows, "policies.csv", "name", "Live - Legacy Authentication SHALL be Blocked");
        assertThat(legacy).containsEntry("control", "block").containsEntry("client_app_types", "exchange-activesync;other");
        assertThat(one(rows, "policies.csv", "name", "Phishing Resistant MFA Test Policy")).containsEntry("control", "require-auth-strength");
    }

    @Test
    void aCapExclusionGivesTheTenantsOwnExclusionItsJustificationAndExpiry() {
        Map<String, String> policy = one(rows, "policies.csv", "name", "Live - Legacy Authentication SHALL be Blocked");
        Map<String, String> exception = one(rows, "exceptions.csv", "id", policy.get("id") + "/exclude/group/" + LEGACY_BLOCK_EXCLUDED);
        assertThat(exception.get("justification")).startsWith("Printers still use SMTP AUTH").contains("CapExclusions of MS.AAD.1.1v1");
        assertThat(exception).containsEntry("expires", "2027-06-30T00:00:00Z").doesNotContainKey("owner");
        Map<String, String> mfa = one(rows, "policies.csv", "name", "Live - MFA SHALL be required for all users");
        assertThat(one(rows, "exceptions.csv", "id", mfa.get("id") + "/exclude/group/" + LEGACY_BLOCK_EXCLUDED))
                .doesNotContainKey("justification");
    }

    @Test
    void theRegisterIsKeptAsARequirementThatEnforcesNothing() {
        Map<String, String> requirement = one(rows, "policies.csv", "id", T + "/requirement/ms.aad.1.1v1");
        assertThat(requirement).containsEntry("state", "report-only").containsEntry("kind", "other").containsEntry("control", "block");
        // the JSON config names a group and a user, the YAML config one more group
        assertThat(where(rows, "exceptions.csv", e -> requirement.get("id").equals(e.get("policy"))))
                .extracting(e -> e.get("subject")).containsExactlyInAnyOrder(T + "/user/9d9ac7b2-5aa6-4830-a17a-6557e52140b0",
                        T + "/group/" + LEGACY_BLOCK_EXCLUDED, T + "/group/1a0161f4-318c-4415-b2a0-862bde2c9cde");
        assertThat(reading.notes()).anyMatch(n -> n.contains("MS.AAD.7.6v1"));
        // the YAML config (anchors and aliases resolved) adds the requirements only it names
        Map<String, String> fromYaml = one(rows, "policies.csv", "id", T + "/requirement/ms.aad.3.2v2");
        assertThat(fromYaml).containsEntry("state", "report-only");
        assertThat(where(rows, "exceptions.csv", e -> fromYaml.get("id").equals(e.get("policy")))).hasSize(3);
    }

    @Test
    void privilegedUsersAreAdminsWithTheirRoles() {
        Map<String, String> roger = one(rows, "identities.csv", "id", T + "/user/d2a550c7-f329-466b-8dfa-c388b65f1a49");
        assertThat(roger).containsEntry("kind", "admin").containsEntry("synced", "true").containsEntry("name", "Roger Mamika");
        assertThat(where(rows, "role_assignments.csv", r -> r.get("principal").equals(roger.get("id"))))
                .extracting(r -> r.get("role")).contains(T + "/role/62e90394-69f5-4237-9190-012177145e10");
    }

    @Test
    void mockAppsAndServicePrincipalsGiveIdentitiesSystemsAndCredentials() {
        Map<String, String> sp = one(rows, "identities.csv", "id", T + "/sp/10000000-0000-0000-0000-000000000000");
        assertThat(sp).containsEntry("kind", "service-principal").containsEntry("name", "Test SP 1");
        assertThat(one(rows, "systems.csv", "id", T + "/app/10000000-0000-0000-0000-000000000000")).containsEntry("name", "Test App 1");
        List<Map<String, String>> creds = where(rows, "credentials.csv", c -> c.get("identity").equals(sp.get("id")));
        assertThat(creds).extracting(c -> c.get("kind")).contains("certificate", "client-secret");
        assertThat(creds).hasSize(5).allSatisfy(c -> assertThat(c).containsEntry("expires", "2100-01-01T00:00:00Z"));
        assertThat(creds).extracting(c -> c.get("created")).contains("2024-12-04T20:22:22Z", "2024-10-25T17:19:32Z");
    }

    @Test
    void makesAValidBundle(@TempDir Path dir) {
        Samples.assertValidBundle(rows, dir);
    }

    private static Map<String, byte[]> withBom(Map<String, byte[]> entries, String entry) {
        byte[] body = entries.get(entry);
        byte[] marked = new byte[body.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(body, 0, marked, 2, body.length);
        entries.put(entry, marked);
        return entries;
    }
}
