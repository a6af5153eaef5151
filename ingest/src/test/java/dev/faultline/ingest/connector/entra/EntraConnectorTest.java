package dev.faultline.ingest.connector.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.connector.ExportInput;

/** Exact row counts per sample, detection, encodings, and bad input. */
class EntraConnectorTest {

    private final EntraConnector connector = new EntraConnector();

    @Test
    void theBaselineGivesExactlyTheseRows() {
        assertThat(Samples.read(Samples.ENTRA.resolve("conditional-access-baseline")).rows().counts()).isEqualTo(Map.of(
                "tenants.csv", 1, "groups.csv", 35, "policies.csv", 36, "policy_scope.csv", 177, "exceptions.csv", 72,
                "roles.csv", 25, "systems.csv", 7, "auth_paths.csv", 4));
    }

    @Test
    void theGraphExamplesGiveExactlyTheseRows() {
        assertThat(Samples.read(Samples.ENTRA.resolve("graph-api-examples")).rows().counts()).isEqualTo(Map.of(
                "tenants.csv", 3, "identities.csv", 5, "policies.csv", 2, "systems.csv", 2, "auth_paths.csv", 13,
                "trusts.csv", 2));
    }

    @Test
    void theScubaGearSamplesGiveExactlyTheseRows() {
        EntraReading reading = Samples.read(Samples.ENTRA.resolve("scubagear"));
        assertThat(reading.rows().counts()).isEqualTo(Map.ofEntries(
                Map.entry("tenants.csv", 1), Map.entry("identities.csv", 47), Map.entry("systems.csv", 9),
                Map.entry("credentials.csv", 14), Map.entry("roles.csv", 9), Map.entry("role_assignments.csv", 66),
                Map.entry("policies.csv", 30), Map.entry("policy_scope.csv", 31), Map.entry("groups.csv", 7),
                Map.entry("exceptions.csv", 27), Map.entry("auth_paths.csv", 2)));
        assertThat(reading.rows().rows("tenants.csv").get(0)).containsEntry("smtp_auth_disabled", "true");
    }

    @Test
    void theMaesterSampleDeclaresNoEmergencyAccountSoOnlyTheTenantIsWritten() {
        EntraReading reading = Samples.read(Samples.ENTRA.resolve("maester"));
        assertThat(reading.rows().counts()).isEqualTo(Map.of("tenants.csv", 1));
        assertThat(reading.tenant()).isEqualTo("entra:maester");
    }

    @Test
    void acceptsTheSamplesAndNotOtherSources() {
        for (String sample : new String[] {"conditional-access-baseline", "graph-api-examples", "scubagear", "maester"}) {
            assertThat(connector.accepts(ExportInput.open(Samples.ENTRA.resolve(sample)))).as(sample).isTrue();
        }
        assertThat(connector.accepts(ExportInput.open(Samples.ENTRA.resolve("graph-api-examples/signIns_list.v1.verbatim.json.txt")))).isTrue();
        Path samples = Samples.ENTRA.getParent();
        assertThat(connector.accepts(ExportInput.open(samples.resolve("okta")))).isFalse();
        assertThat(connector.accepts(ExportInput.open(samples.resolve("aws")))).isFalse();
        assertThat(connector.accepts(ExportInput.open(samples.resolve("ad")))).isFalse();
        assertThat(connector.accepts(ExportInput.open(samples.resolve("opengraph")))).isFalse();
        assertThat(connector.accepts(ExportInput.open(samples.resolve("signin-events")))).as("Panther test events are no export").isFalse();
    }

    @Test
    void acceptsAGraphFileByItsContext() {
        ExportInput input = ExportInput.of(Path.of("export"), Map.of("page1.json",
                utf8("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users\",\"value\":[]}")));
        assertThat(connector.accepts(input)).isTrue();
    }

    @Test
    void readsASingleFileAndAZip(@TempDir Path dir) throws IOException {
        Path users = Samples.ENTRA.resolve("graph-api-examples/users_list_signInActivity.v1.json");
        assertThat(connector.read(ExportInput.open(users)).counts()).containsEntry("identities.csv", 2);
        Path zip = dir.resolve("tenant-b.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("export/users.json"));
            z.write(Files.readAllBytes(users));
            z.closeEntry();
        }
        EntraReading reading = connector.readAll(ExportInput.open(zip));
        assertThat(reading.tenant()).isEqualTo("entra:tenant-b");
        assertThat(reading.rows().counts()).containsEntry("identities.csv", 2);
    }

    @Test
    void readsUtf16WithAndWithoutAByteOrderMarkAndUtf8WithOne() {
        String page = "{\"value\":[{\"id\":\"U1\",\"userPrincipalName\":\"a@b.c\",\"userType\":\"Guest\",\"signInActivity\":"
                + "{\"lastSignInDateTime\":\"\",\"lastNonInteractiveSignInDateTime\":\"0001-01-01T00:00:00Z\"}}]}";
        byte[] utf16 = page.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16Bom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16);
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(page));
        for (byte[] bytes : new byte[][] {utf16, utf16Bom, utf8Bom}) {
            var row = connector.read(ExportInput.of(Path.of("t"), Map.of("users.json", bytes))).rows("identities.csv").get(0);
            assertThat(row).containsEntry("kind", "guest").containsEntry("id", "entra:t/user/u1").doesNotContainKey("last_sign_in");
        }
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        ExportInput input = ExportInput.of(Path.of("exp"), Map.of("users.json", utf8("{\"value\": [ {\"id\": }")));
        assertThatThrownBy(() -> connector.read(input)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("exp!users.json").hasMessageContaining("not valid JSON at line 1");
    }

    @Test
    void aPolicyWithoutAnIdOrWithAnUnknownStateNamesRecordAndField() {
        ExportInput noId = ExportInput.of(Path.of("exp"), Map.of("conditionalAccessPolicies.json",
                utf8("{\"value\":[{\"displayName\":\"x\",\"state\":\"enabled\"}]}")));
        assertThatThrownBy(() -> connector.read(noId)).isInstanceOf(ConnectorException.class)
                .satisfies(e -> {
                    ConnectorException ce = (ConnectorException) e;
                    assertThat(ce.file()).isEqualTo("exp!conditionalAccessPolicies.json");
                    assertThat(ce.record()).isEqualTo("value[0]");
                    assertThat(ce.field()).isEqualTo("id");
                });
        ExportInput badState = ExportInput.of(Path.of("exp"), Map.of("conditionalAccessPolicies.json",
                utf8("{\"value\":[{\"id\":\"P1\",\"state\":\"on\"}]}")));
        assertThatThrownBy(() -> connector.read(badState)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("value[0] (id P1)").hasMessageContaining("field 'state'").hasMessageContaining("'on'");
    }

    @Test
    void aBadDateNamesTheField() {
        ExportInput input = ExportInput.of(Path.of("exp"), Map.of("users.json",
                utf8("{\"value\":[{\"id\":\"u1\",\"createdDateTime\":\"31/12/2025\"}]}")));
        assertThatThrownBy(() -> connector.read(input)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("value[0] (id u1)").hasMessageContaining("field 'createdDateTime'")
                .hasMessageContaining("31/12/2025");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
