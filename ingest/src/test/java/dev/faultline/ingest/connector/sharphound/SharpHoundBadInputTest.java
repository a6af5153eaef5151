package dev.faultline.ingest.connector.sharphound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.connector.ExportInput;

/** Small hand-made SharpHound files: what is refused, with file, record and field, and edge cases. */
class SharpHoundBadInputTest {

    static final String DOMAIN_SID = "S-1-5-21-1-2-3";
    static final String USER_SID = DOMAIN_SID + "-1104";
    static final Path EXPORT = Path.of("export.zip");

    static String file(String type, int version, String records) {
        return "{\"data\":[" + records + "],\"meta\":{\"methods\":0,\"type\":\"" + type + "\",\"count\":1,\"version\":" + version + "}}";
    }

    static String user(String properties) {
        return "{\"ObjectIdentifier\":\"" + USER_SID + "\",\"Properties\":{\"name\":\"JDOE@CORP.LOCAL\",\"domain\":\"CORP.LOCAL\","
                + "\"domainsid\":\"" + DOMAIN_SID + "\"" + properties + "}}";
    }

    static String domain(String trusts) {
        return "{\"ObjectIdentifier\":\"" + DOMAIN_SID + "\",\"Properties\":{\"name\":\"CORP.LOCAL\",\"domainsid\":\""
                + DOMAIN_SID + "\"},\"Trusts\":[" + trusts + "]}";
    }

    static ExportInput export(String entry, String json) {
        return ExportInput.of(EXPORT, Map.of(entry, json.getBytes(StandardCharsets.UTF_8)));
    }

    static BundleRows read(String entry, String json) {
        return new SharpHoundConnector().read(export(entry, json));
    }

    @Test
    void malformedJsonNamesTheFileAndWhere() {
        String broken = file("users", 6, user(",\"enabled\" true"));
        assertThatThrownBy(() -> read("20240101_users.json", broken)).isInstanceOf(ConnectorException.class)
                .satisfies(e -> assertThat(((ConnectorException) e).file()).isEqualTo("export.zip!20240101_users.json"))
                .hasMessageContaining("not valid JSON at line 1");
    }

    @Test
    void aTruncatedFileWithSharpHoundsNameIsReportedNotSkipped() {
        String truncated = "{\"data\":[" + user(",\"enabled\":true").substring(0, 40);
        assertThatThrownBy(() -> read("20240101_users.json", truncated)).isInstanceOf(ConnectorException.class)
                .hasMessageStartingWith("export.zip!20240101_users.json: not valid JSON");
    }

    @Test
    void aMissingObjectIdentifierNamesTheRecordAndField() {
        String json = file("users", 6, "{\"Properties\":{\"name\":\"X\",\"domainsid\":\"" + DOMAIN_SID + "\"}}");
        assertThatThrownBy(() -> read("u.json", json)).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.file()).isEqualTo("export.zip!u.json");
            assertThat(e.record()).isEqualTo("data[0]");
            assertThat(e.field()).isEqualTo("ObjectIdentifier");
            assertThat(e.reason()).isEqualTo("missing required value");
        });
    }

    @Test
    void aMissingDomainSidNamesTheRecordByItsObjectIdentifier() {
        String json = file("users", 6, user(",\"enabled\":true").replace("\"domainsid\":\"" + DOMAIN_SID + "\"", "\"x\":1"));
        assertThatThrownBy(() -> read("u.json", json)).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.record()).isEqualTo("data[0] (ObjectIdentifier " + USER_SID + ")");
            assertThat(e.field()).isEqualTo("Properties.domainsid");
        });
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        String json = file("users", 6, user(",\"enabled\":\"yes\""));
        assertThatThrownBy(() -> read("u.json", json)).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.field()).isEqualTo("Properties.enabled");
            assertThat(e.reason()).isEqualTo("expected true or false, found string \"yes\"");
        });
    }

    @Test
    void refusesAnUnsupportedVersion() {
        String json = file("users", 4, user(""));
        assertThatThrownBy(() -> read("u.json", json)).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.field()).isEqualTo("meta.version");
            assertThat(e.reason()).startsWith("SharpHound version 4 is not supported");
        });
    }

    @Test
    void refusesAnUnknownTrustDirection() {
        String json = file("domains", 6, domain("{\"TargetDomainSid\":\"S-1-5-21-9-9-9\",\"TargetDomainName\":\"OTHER.LOCAL\","
                + "\"TrustDirection\":\"Sideways\",\"TrustType\":\"Forest\"}"));
        assertThatThrownBy(() -> read("d.json", json)).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.record()).isEqualTo("data[0] (ObjectIdentifier " + DOMAIN_SID + ")");
            assertThat(e.field()).isEqualTo("Trusts[0].TrustDirection");
        });
    }

    @Test
    void refusesAnExportWithoutSharpHoundFiles() {
        assertThatThrownBy(() -> read("notes.json", "{\"value\":[]}")).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("no SharpHound file");
    }

    @Test
    void readsVersion5WithNumericTrustValuesAndLeavesDisabledTrustsOut() {
        String json = file("domains", 5, domain(
                "{\"TargetDomainSid\":\"S-1-5-21-9-9-9\",\"TargetDomainName\":\"PARTNER.LOCAL\",\"TrustDirection\":2,"
                        + "\"TrustType\":2,\"IsTransitive\":true,\"SidFilteringEnabled\":true},"
                        + "{\"TargetDomainSid\":\"S-1-5-21-8-8-8\",\"TargetDomainName\":\"OLD.LOCAL\",\"TrustDirection\":0,"
                        + "\"TrustType\":\"External\"}"));
        BundleRows rows = read("d.json", json);
        assertThat(rows.rows("trusts.csv")).extracting(r -> r.get("trusting_tenant"), r -> r.get("trusted_tenant"),
                r -> r.get("kind"), r -> r.get("direction"), r -> r.get("sid_filtering"))
                .containsExactly(tuple("ad:" + DOMAIN_SID, "ad:S-1-5-21-9-9-9", "ad-forest", "one-way", "true"));
        assertThat(rows.rows("tenants.csv")).extracting(r -> r.get("name"))
                .containsExactly("CORP.LOCAL", "PARTNER.LOCAL", "OLD.LOCAL");
    }

    @Test
    void readsAFileWithAByteOrderMarkAndAUserOfAnUncollectedDomain() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = file("users", 6, user(",\"enabled\":false,\"lastlogontimestamp\":-1,\"pwdlastset\":0")).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        ExportInput input = ExportInput.of(EXPORT, Map.of("users.json", bytes));

        assertThat(new SharpHoundConnector().accepts(input)).isTrue();
        BundleRows rows = new SharpHoundConnector().read(input);
        assertThat(rows.rows("tenants.csv")).extracting(r -> r.get("id"), r -> r.get("name"))
                .containsExactly(tuple("ad:" + DOMAIN_SID, "CORP.LOCAL"));
        assertThat(rows.rows("identities.csv")).extracting(r -> r.get("name"), r -> r.get("kind"), r -> r.get("status"),
                r -> r.get("last_sign_in")).containsExactly(tuple("JDOE@CORP.LOCAL", "member", "disabled", null));
        assertThat(rows.rows("credentials.csv")).extracting(r -> r.get("last_rotated")).containsExactly((String) null);
    }
}
