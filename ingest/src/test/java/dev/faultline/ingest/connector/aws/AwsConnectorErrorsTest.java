package dev.faultline.ingest.connector.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.connector.ExportInput;

/** Bad AWS input: every error names the file, the record and the field. */
class AwsConnectorErrorsTest {

    private static final String HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,"
            + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
            + "access_key_1_last_used_date\n";
    private static final String ROOT = "<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,"
            + "not_supported,N/A,not_supported,not_supported,true,false,N/A,N/A\n";

    @Test
    void namesTheLineOfMalformedJson() {
        assertThatThrownBy(() -> read("authz.json", "{\"UserDetailList\": [ {\"UserName\": }"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.file()).isEqualTo("authz.json");
                    assertThat(e.reason()).contains("not valid JSON at line 1");
                });
    }

    @Test
    void namesTheRoleWithoutAName() {
        assertThatThrownBy(() -> read("authz.json", "{\"RoleDetailList\": [{\"Arn\": \"arn:aws:iam::123456789012:role/x\"}]}"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertError(e, "authz.json", "RoleDetailList[0]", "RoleName"));
    }

    @Test
    void namesTheTrustStatementWhosePrincipalIsNotAnObject() {
        String json = "{\"RoleDetailList\": [{\"RoleName\": \"admin\", \"Arn\": \"arn:aws:iam::123456789012:role/admin\","
                + " \"AssumeRolePolicyDocument\": {\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\","
                + " \"Principal\": 42}]}}]}";
        assertThatThrownBy(() -> read("authz.json", json)).isInstanceOfSatisfying(ConnectorException.class,
                e -> assertError(e, "authz.json", "RoleDetailList[0] (RoleName admin)", "AssumeRolePolicyDocument.Statement[0].Principal"));
    }

    @Test
    void namesTheTrustStatementWithoutAPrincipal() {
        String json = "{\"RoleDetailList\": [{\"RoleName\": \"admin\", \"Arn\": \"arn:aws:iam::123456789012:role/admin\","
                + " \"AssumeRolePolicyDocument\": {\"Statement\": {\"Effect\": \"Allow\", \"Action\": [\"sts:AssumeRole\"]}}}]}";
        assertThatThrownBy(() -> read("authz.json", json)).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertError(e, "authz.json", "RoleDetailList[0] (RoleName admin)", "AssumeRolePolicyDocument.Statement[0].Principal");
            assertThat(e.reason()).isEqualTo("missing");
        });
    }

    @Test
    void namesTheUserWhoseArnHasNoAccount() {
        assertThatThrownBy(() -> read("authz.json", "{\"UserDetailList\": [{\"UserName\": \"bob\", \"Arn\": \"bob\"}]}"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertError(e, "authz.json", "UserDetailList[0] (UserName bob)", "Arn"));
    }

    @Test
    void namesTheInlinePolicyThatIsNotADocument() {
        String json = "{\"GroupDetailList\": [{\"GroupName\": \"ops\", \"Arn\": \"arn:aws:iam::123456789012:group/ops\","
                + " \"GroupPolicyList\": [{\"PolicyName\": \"p\", \"PolicyDocument\": [1]}]}]}";
        assertThatThrownBy(() -> read("authz.json", json)).isInstanceOfSatisfying(ConnectorException.class,
                e -> assertError(e, "authz.json", "GroupDetailList[0] (GroupName ops)", "GroupPolicyList[0].PolicyDocument"));
    }

    @Test
    void namesTheCredentialReportLineAndColumnOfABadFlag() {
        String csv = HEADER + ROOT + "bob,arn:aws:iam::123456789012:user/bob,2020-01-01T00:00:00+00:00,true,N/A,N/A,N/A,maybe,false,N/A,N/A\n";
        assertThatThrownBy(() -> read("report.csv", csv)).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertError(e, "report.csv", "line 3 (user bob)", "mfa_active");
            assertThat(e.reason()).contains("'maybe'");
        });
    }

    @Test
    void namesTheCredentialReportLineAndColumnOfABadDate() {
        String csv = HEADER + "bob,arn:aws:iam::123456789012:user/bob,2020-01-01T00:00:00+00:00,true,31/12/2020,N/A,N/A,true,false,N/A,N/A\n";
        assertThatThrownBy(() -> read("report.csv", csv)).isInstanceOfSatisfying(ConnectorException.class,
                e -> assertError(e, "report.csv", "line 2 (user bob)", "password_last_used"));
    }

    @Test
    void namesTheCredentialReportLineWithTooFewCells() {
        String csv = HEADER + "bob,arn:aws:iam::123456789012:user/bob\n";
        assertThatThrownBy(() -> read("report.csv", csv)).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.file()).isEqualTo("report.csv");
            assertThat(e.record()).isEqualTo("line 2 (user bob)");
        });
    }

    @Test
    void namesTheCliReportWhoseContentIsNotBase64() {
        String json = "{\"Content\": \"not base64 !!\", \"ReportFormat\": \"text/csv\", \"GeneratedTime\": \"2024-01-01T00:00:00Z\"}";
        assertThatThrownBy(() -> read("report.json", json)).isInstanceOfSatisfying(ConnectorException.class,
                e -> assertError(e, "report.json", null, "Content"));
    }

    @Test
    void refusesAnExportWithNothingOfAws() {
        assertThatThrownBy(() -> new AwsConnector().read(ExportInput.of(Path.of("dir"), Map.of("a.txt", "hello".getBytes()))))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.reason()).contains("no AWS IAM"));
    }

    @Test
    void readsAUtf16CredentialReportWithAByteOrderMark() {
        byte[] text = (HEADER + ROOT).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);

        BundleRows rows = new AwsConnector().read(ExportInput.of(Path.of("report.csv"), Map.of("report.csv", withBom)));

        assertThat(AwsSamples.tuples(rows, "identities.csv", "id", "kind", "mfa_registered"))
                .containsExactly(java.util.List.of("aws:123456789012/root", "admin", "true"));
    }

    private static BundleRows read(String name, String text) {
        return new AwsConnector().read(ExportInput.of(Path.of(name), Map.of(name, text.getBytes(StandardCharsets.UTF_8))));
    }

    private static void assertError(ConnectorException e, String file, String record, String field) {
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.record()).isEqualTo(record);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(file);
    }
}
