package dev.faultline.ingest.connector.entra;

import static dev.faultline.ingest.connector.entra.Samples.one;
import static dev.faultline.ingest.connector.entra.Samples.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/**
 * Azure Monitor sign-in records: the Log values of Panther's Entra detection tests, gathered into a
 * diagnostic export ({@code records[]}); audit records among them are skipped.
 */
class SignInLogsTest {

    private static final Path PANTHER = Samples.ENTRA.resolveSibling("signin-events").resolve("entra_panther_test_events.json");

    private static EntraReading reading;
    private static BundleRows rows;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode records = json.createArrayNode();
        for (JsonNode rule : json.readTree(PANTHER.toFile()).get("rules")) {
            rule.get("tests").forEach(test -> records.add(test.get("Log")));
        }
        byte[] export = json.createObjectNode().set("records", records).toString().getBytes(StandardCharsets.UTF_8);
        reading = new EntraConnector().readAll(ExportInput.of(Path.of("contoso-signins"), Map.of("SignInLogs.json", export)));
        rows = reading.rows();
    }

    @Test
    void legacySmtpWithoutMfaIsAPathAndTheLastLegacyUse() {
        Map<String, String> eve = one(rows, "identities.csv", "upn", "eve@lexcorp.com");
        Map<String, String> smtp = one(rows, "auth_paths.csv", "subject", eve.get("id"));
        assertThat(smtp).containsEntry("protocol", "smtp-auth").containsEntry("mfa_enforced", "false")
                .containsEntry("last_used", "2023-07-21T05:03:52.1605624Z");
        assertThat(eve).containsEntry("last_sign_in", "2023-07-21T05:03:52.1605624Z");
    }

    @Test
    void ropcIsItsOwnLegacyProtocol() {
        Map<String, String> gandalf = one(rows, "identities.csv", "upn", "gandalf@lotr.com");
        assertThat(where(rows, "auth_paths.csv", p -> gandalf.get("id").equals(p.get("subject"))))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("protocol", "ropc"));
    }

    @Test
    void failedSignInsMakeNoPathAndAuditRecordsAreSkipped() {
        assertThat(where(rows, "identities.csv", i -> "attacker@company.com".equals(i.get("upn")))).isEmpty();
        assertThat(where(rows, "identities.csv", i -> "service-principal".equals(i.get("kind")))).isEmpty();
        assertThat(rows.rows("identities.csv")).hasSize(3);
    }

    @Test
    void theRecordsResultTypeAndTimeStandInForAMissingStatusAndDate() {
        Map<String, String> aragorn = one(rows, "identities.csv", "upn", "aragorn@lotr.com");
        assertThat(aragorn).containsEntry("last_sign_in", "2025-01-15T09:30:45.123Z");
        assertThat(one(rows, "auth_paths.csv", "subject", aragorn.get("id"))).containsEntry("protocol", "oauth");
    }

    @Test
    void withoutPoliciesNothingIsDerivedAboutLegacyAuthentication() {
        assertThat(rows.rows("auth_paths.csv")).noneMatch(p -> p.get("system").endsWith("/app/00000002-0000-0ff1-ce00-000000000000"));
        assertThat(reading.postures().values()).allMatch(p -> p.legacyAllowed() == null);
        assertThat(reading.postures().get(one(rows, "identities.csv", "upn", "eve@lexcorp.com").get("id")).legacyLastUsed())
                .hasToString("2023-07-21T05:03:52.160562400Z");
    }

    @Test
    void twoTenantsInTheRecordsLeaveTheTenantKeyToTheExportName() {
        assertThat(reading.tenant()).isEqualTo("entra:contoso-signins");
    }

    @Test
    void makesAValidBundle(@TempDir Path dir) {
        Samples.assertValidBundle(rows, dir);
    }
}
