package dev.faultline.ingest.connector.aws;

import static dev.faultline.ingest.connector.aws.AwsSamples.EXAMPLE;
import static dev.faultline.ingest.connector.aws.AwsSamples.REPORT_012345678901;
import static dev.faultline.ingest.connector.aws.AwsSamples.REPORT_CSV;
import static dev.faultline.ingest.connector.aws.AwsSamples.REPORT_JSON;
import static dev.faultline.ingest.connector.aws.AwsSamples.TEST_EXAMPLE;
import static dev.faultline.ingest.connector.aws.AwsSamples.TRUST_POLICIES;
import static dev.faultline.ingest.connector.aws.AwsSamples.read;
import static dev.faultline.ingest.connector.aws.AwsSamples.readTogether;
import static dev.faultline.ingest.connector.aws.AwsSamples.tuples;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.ingest.bundle.BundleValidator;
import dev.faultline.ingest.bundle.KeyLookup;
import dev.faultline.ingest.bundle.ValidationReport;
import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/** The AWS connector on the cloudsplaining samples and the hand-written credential reports. */
class AwsConnectorTest {

    private static final String ACCT = "aws:200611803367";
    private static final String SSO_ADMIN = ACCT + "/role/AWSReservedSSO_AdministratorAccess_dc6414f7f2ab04fc";
    private static final String SAML = ACCT + "/saml-provider/AWSSSO_b937d2dff24f2774_DO_NOT_DELETE";

    @TempDir
    Path temp;

    @Test
    void acceptsAuthorizationDetailsAndCredentialReportsButNotOtherFiles() {
        AwsConnector connector = new AwsConnector();
        assertThat(List.of(EXAMPLE, TEST_EXAMPLE, REPORT_CSV, REPORT_JSON, TRUST_POLICIES))
                .allMatch(p -> connector.accepts(ExportInput.open(p)));
        assertThat(connector.accepts(ExportInput.open(AwsSamples.EXCLUSIONS))).isFalse();
        assertThat(connector.accepts(ExportInput.open(Path.of("../../shared/samples/aws/cartography-fixtures")))).isFalse();
        assertThat(connector.accepts(ExportInput.of(Path.of("x.json"), Map.of("x.json", "{\"value\":[]}".getBytes())))).isFalse();
        assertThat(connector.name()).isEqualTo("aws");
    }

    @Test
    void countsEveryFileOfTheCloudsplainingExample() {
        BundleRows rows = read(EXAMPLE);

        assertThat(rows.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "tenants.csv", 4, "groups.csv", 5, "roles.csv", 80, "identities.csv", 44,
                "role_assignments.csv", 4, "memberships.csv", 6, "trusts.csv", 4, "generic_edges.csv", 44));
        assertThat(rows.source()).isEqualTo("aws");
        assertValid(rows);
    }

    @Test
    void findsTheRolesTrustedFromAnotherAccountOrAnIdpWithoutMfa() {
        BundleRows rows = read(EXAMPLE);

        assertThat(tuples(rows, "trusts.csv", "target", "trusting_tenant", "trusted_tenant", "kind", "mfa_required"))
                .containsExactlyInAnyOrder(
                        List.of(ACCT + "/role/OrganizationAccountAccessRole", ACCT, "aws:072528804237", "aws-cross-account", "false"),
                        List.of(ACCT + "/role/stacksets-exec-b5520cb2730c2f54b523d6375a319abb", ACCT, "aws:072528804237",
                                "aws-cross-account", "false"),
                        List.of(SSO_ADMIN, ACCT, SAML, "saml-federation", "false"),
                        List.of(ACCT + "/role/AWSReservedSSO_ViewOnlyAccess_0ace44bbc7092ea8", ACCT, SAML, "saml-federation", "false"));
        assertThat(tuples(rows, "tenants.csv", "id", "name", "kind", "external_id")).containsExactlyInAnyOrder(
                List.of(ACCT, "AWS account 200611803367", "aws", "200611803367"),
                List.of("aws:012345678901", "AWS account 012345678901", "aws", "012345678901"),
                List.of("aws:072528804237", "AWS account 072528804237", "aws", "072528804237"),
                List.of(SAML, "arn:aws:iam::200611803367:saml-provider/AWSSSO_b937d2dff24f2774_DO_NOT_DELETE", "other",
                        "arn:aws:iam::200611803367:saml-provider/AWSSSO_b937d2dff24f2774_DO_NOT_DELETE"));
    }

    @Test
    void marksRolesAndGroupsPrivilegedByTheirPoliciesNetOfDenials() {
        BundleRows rows = read(EXAMPLE);

        assertThat(rows.rows("roles.csv").stream().filter(r -> "true".equals(r.get("privileged"))).map(r -> r.get("id")))
                .containsExactlyInAnyOrder(
                        ACCT + "/role/AWS-QuickSetup-StackSet-Local-ExecutionRole", SSO_ADMIN,
                        ACCT + "/role/OrganizationAccountAccessRole", ACCT + "/role/privesc-AssumeRole-ending-role",
                        ACCT + "/role/privesc-high-priv-service-role", ACCT + "/role/privesc-sre-role",
                        ACCT + "/role/stacksets-exec-b5520cb2730c2f54b523d6375a319abb",
                        ACCT + "/account-admin", "aws:012345678901/account-admin");
        assertThat(tuples(rows, "groups.csv", "id", "privileged")).contains(
                List.of(ACCT + "/group/privesc-sre-group", "true"), List.of("aws:012345678901/group/admin", "true"),
                List.of("aws:012345678901/group/biden", "false"));
        assertThat(tuples(rows, "role_assignments.csv", "principal", "role", "assignment")).containsExactlyInAnyOrder(
                List.of(ACCT + "/group/privesc-sre-group", ACCT + "/account-admin", "active"),
                List.of("aws:012345678901/group/admin", "aws:012345678901/account-admin", "active"),
                List.of("aws:012345678901/user/obama", "aws:012345678901/account-admin", "active"),
                List.of(ACCT + "/user/privesc-sre-user", ACCT + "/role/privesc-sre-role", "active"));
    }

    @Test
    void mapsSameAccountRoleChainsAsCanAssumeEdges() {
        BundleRows rows = read(EXAMPLE);

        assertThat(tuples(rows, "generic_edges.csv", "from", "to", "kind", "properties")).contains(
                List.of(ACCT + "/role/privesc-AssumeRole-starting-role", ACCT + "/role/privesc-AssumeRole-intermediate-role",
                        "can-assume", "{\"mfa_required\":false}"),
                List.of(ACCT + "/role/privesc-AssumeRole-intermediate-role", ACCT + "/role/privesc-AssumeRole-ending-role",
                        "can-assume", "{\"mfa_required\":false}"),
                List.of(ACCT, ACCT + "/role/privesc-permissive-role-trust", "can-assume", "{\"mfa_required\":false}"),
                List.of(SSO_ADMIN, ACCT + "/role/privesc-AssumeRole-starting-role", "can-assume",
                        "{\"mfa_required\":false,\"session\":\"elad@codsec.io\"}"));
        assertThat(rows.rows("generic_edges.csv")).filteredOn(r -> r.get("from").equals(SSO_ADMIN)).hasSize(40);
        assertThat(rows.rows("identities.csv")).allMatch(r -> r.get("kind").equals("member") && r.get("mfa_registered") == null);
        assertThat(tuples(rows, "memberships.csv", "member", "group")).containsExactlyInAnyOrder(
                List.of(ACCT + "/user/privesc-sre-user", ACCT + "/group/privesc-sre-group"),
                List.of(ACCT + "/user/privesc11-PutGroupPolicy-user", ACCT + "/group/privesc11-PutGroupPolicy-group"),
                List.of(ACCT + "/user/privesc8-AttachGroupPolicy-user", ACCT + "/group/privesc8-AttachGroupPolicy-group"),
                List.of("aws:012345678901/user/obama", "aws:012345678901/group/admin"),
                List.of("aws:012345678901/user/userwithlotsofpermissions", "aws:012345678901/group/admin"),
                List.of("aws:012345678901/user/biden", "aws:012345678901/group/biden"));
    }

    @Test
    void describesWhatTrustPoliciesNameThatIsNotMapped() {
        assertThat(read(EXAMPLE).counts()).isNotEmpty();
        assertThat(description(EXAMPLE)).contains("38 service principal(s) and 0 principal(s) naming nothing exported");
    }

    @Test
    void readsTheTestExampleAlone() {
        BundleRows rows = read(TEST_EXAMPLE);

        assertThat(rows.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("tenants.csv", 1, "groups.csv", 2,
                "roles.csv", 4, "identities.csv", 3, "role_assignments.csv", 2, "memberships.csv", 3));
        assertThat(tuples(rows, "identities.csv", "id", "kind", "created", "source_id")).contains(List.of(
                "aws:012345678901/user/obama", "member", "2019-12-18T19:10:08Z", "arn:aws:iam::012345678901:user/obama"));
        assertValid(rows);
    }

    @Test
    void mapsEachKindOfTrustPolicyStatement() {
        BundleRows rows = read(TRUST_POLICIES);
        String acct = "aws:111111111111";

        assertThat(tuples(rows, "trusts.csv", "id", "trusted_tenant", "kind", "mfa_required")).containsExactlyInAnyOrder(
                List.of(acct + "/role/CrossAccountMfa/trust/aws:222222222222", "aws:222222222222", "aws-cross-account", "true"),
                List.of(acct + "/role/CrossAccountIfExists/trust/aws:222222222222", "aws:222222222222", "aws-cross-account", "false"),
                List.of(acct + "/role/CrossAccountIfExists/trust/aws:333333333333", "aws:333333333333", "aws-cross-account", "false"),
                List.of(acct + "/role/CrossAccountMfaAge/trust/aws:333333333333", "aws:333333333333", "aws-cross-account", "true"),
                List.of(acct + "/role/DenyWithoutMfa/trust/aws:*", "aws:*", "aws-cross-account", "true"),
                List.of(acct + "/role/Everyone/trust/aws:*", "aws:*", "aws-cross-account", "false"),
                List.of(acct + "/role/GitHubActions/trust/" + acct + "/oidc-provider/token.actions.githubusercontent.com",
                        acct + "/oidc-provider/token.actions.githubusercontent.com", "oidc-federation", "false"),
                List.of(acct + "/role/Cognito/trust/oidc:cognito-identity.amazonaws.com",
                        "oidc:cognito-identity.amazonaws.com", "oidc-federation", "false"));
        assertThat(tuples(rows, "tenants.csv", "id", "name", "kind")).contains(List.of("aws:*", "any AWS account", "other"));
        assertThat(tuples(rows, "role_assignments.csv", "principal", "role")).containsExactlyInAnyOrder(
                List.of(acct + "/user/ops", acct + "/role/OpsOnly"), List.of(acct + "/user/ops", acct + "/account-admin"));
        assertThat(tuples(rows, "roles.csv", "id", "privileged")).contains(
                List.of(acct + "/role/Everyone", "true"), List.of(acct + "/role/GitHubActions", "false"));
        assertThat(description(TRUST_POLICIES)).contains("1 service principal(s) and 2 principal(s) naming nothing exported");
        assertThat(rows.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("tenants.csv", 6, "roles.csv", 9,
                "identities.csv", 1, "role_assignments.csv", 2, "trusts.csv", 8));
        assertValid(rows);
    }

    @Test
    void readsTheCredentialReportBuiltFromCartographyFixtures() {
        BundleRows rows = read(REPORT_CSV);
        String acct = "aws:000000000000";

        assertThat(rows.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("tenants.csv", 1, "identities.csv", 6,
                "credentials.csv", 7, "roles.csv", 1, "role_assignments.csv", 1));
        assertThat(tuples(rows, "identities.csv", "id", "name", "kind", "mfa_registered", "last_sign_in", "last_interactive_sign_in"))
                .containsExactlyInAnyOrder(
                        List.of(acct + "/root", "root", "admin", "false", "2024-03-01T08:00:00Z", "2024-03-01T08:00:00Z"),
                        List.of(acct + "/user/user-0", "user-0", "member", "true", "2024-03-10T12:00:00Z", "2024-03-10T12:00:00Z"),
                        List.of(acct + "/user/user-1", "user-1", "member", "true", "", ""),
                        List.of(acct + "/user/user1", "user1", "service-account", "false", "2023-01-15T10:30:00Z", ""),
                        List.of(acct + "/user/user2", "user2", "service-account", "false", "2023-02-10T09:15:00Z", ""),
                        List.of(acct + "/user/user3", "user3", "service-account", "false", "", ""));
        assertThat(tuples(rows, "credentials.csv", "id", "identity", "kind", "status", "created", "last_rotated", "last_used"))
                .containsExactlyInAnyOrder(
                        List.of(acct + "/root/password", acct + "/root", "password", "active", "", "", "2024-03-01T08:00:00Z"),
                        List.of(acct + "/user/user-0/password", acct + "/user/user-0", "password", "active", "",
                                "2024-01-10T09:00:00Z", "2024-03-10T12:00:00Z"),
                        List.of(acct + "/user/user-1/password", acct + "/user/user-1", "password", "active", "",
                                "2023-11-20T00:00:00Z", ""),
                        List.of(acct + "/user/user1/access-key-1", acct + "/user/user1", "access-key", "active",
                                "2022-07-27T20:24:23Z", "2022-07-27T20:24:23Z", "2023-01-15T10:30:00Z"),
                        List.of(acct + "/user/user1/access-key-2", acct + "/user/user1", "access-key", "inactive",
                                "2022-06-15T14:20:10Z", "2022-06-15T14:20:10Z", "2022-12-20T16:45:30Z"),
                        List.of(acct + "/user/user2/access-key-1", acct + "/user/user2", "access-key", "active",
                                "2021-01-25T18:08:53Z", "2021-01-25T18:08:53Z", "2023-02-10T09:15:00Z"),
                        List.of(acct + "/user/user3/access-key-1", acct + "/user/user3", "access-key", "active",
                                "2020-03-23T20:26:23Z", "2020-03-23T20:26:23Z", ""));
        assertThat(tuples(rows, "role_assignments.csv", "principal", "role")).containsExactly(
                List.of(acct + "/root", acct + "/account-admin"));
        assertValid(rows);
    }

    @Test
    void readsTheCliJsonCredentialReportLikeItsCsv() {
        BundleRows csv = read(REPORT_CSV);
        BundleRows json = read(REPORT_JSON);

        for (String file : csv.counts().keySet()) {
            assertThat(json.rows(file)).as(file).isEqualTo(csv.rows(file));
        }
        assertThat(json.counts()).isEqualTo(csv.counts());
    }

    @Test
    void joinsTheCredentialReportToTheAuthorizationDetailsByUserName() {
        BundleRows rows = readTogether(TEST_EXAMPLE, REPORT_012345678901);
        String acct = "aws:012345678901";

        assertThat(rows.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("tenants.csv", 1, "groups.csv", 2,
                "roles.csv", 4, "identities.csv", 5, "credentials.csv", 8, "role_assignments.csv", 3, "memberships.csv", 3));
        assertThat(tuples(rows, "identities.csv", "id", "kind", "mfa_registered", "created", "source_id")).containsExactlyInAnyOrder(
                List.of(acct + "/user/obama", "member", "false", "2019-12-18T19:10:08Z", "arn:aws:iam::012345678901:user/obama"),
                List.of(acct + "/user/userwithlotsofpermissions", "service-account", "false", "2019-12-18T19:10:08Z",
                        "arn:aws:iam::012345678901:user/userwithlotsofpermissions"),
                List.of(acct + "/user/biden", "member", "true", "2019-12-18T19:10:08Z", "arn:aws:iam::012345678901:user/biden"),
                List.of(acct + "/root", "admin", "true", "2019-12-18T19:00:00Z", "arn:aws:iam::012345678901:root"),
                List.of(acct + "/user/carter", "service-account", "false", "2019-12-20T10:00:00Z",
                        "arn:aws:iam::012345678901:user/carter"));
        assertThat(tuples(rows, "credentials.csv", "id", "kind", "status", "expires")).contains(
                List.of(acct + "/user/obama/password", "password", "active", "2020-03-18T19:10:08Z"),
                List.of(acct + "/user/carter/access-key-1", "access-key", "inactive", ""),
                List.of(acct + "/user/carter/certificate-1", "certificate", "active", ""));
        assertThat(tuples(rows, "role_assignments.csv", "principal", "role")).containsExactlyInAnyOrder(
                List.of(acct + "/group/admin", acct + "/account-admin"), List.of(acct + "/user/obama", acct + "/account-admin"),
                List.of(acct + "/root", acct + "/account-admin"));
        assertValid(rows);
    }

    @Test
    void readsAZipHoldingBothLikeADirectory() throws IOException {
        Path zip = temp.resolve("aws-export.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (Path path : List.of(TEST_EXAMPLE, REPORT_012345678901, AwsSamples.EXCLUSIONS)) {
                zipped.putNextEntry(new ZipEntry("iam/" + path.getFileName()));
                zipped.write(AwsSamples.bytes(path));
                zipped.closeEntry();
            }
        }
        assertThat(new AwsConnector().accepts(ExportInput.open(zip))).isTrue();

        assertThat(read(zip).counts()).isEqualTo(readTogether(TEST_EXAMPLE, REPORT_012345678901).counts());
    }

    @Test
    void writesEachObjectOnceWhenTwoExportsOverlap() {
        BundleRows rows = readTogether(EXAMPLE, TEST_EXAMPLE);

        assertThat(rows.counts()).isEqualTo(read(EXAMPLE).counts());
        assertValid(rows);
    }

    private String description(Path path) {
        Path dir = temp.resolve("described-" + path.getFileName());
        read(path).writeTo(dir);
        try {
            return Files.readString(dir.resolve("manifest.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertValid(BundleRows rows) {
        Path dir = temp.resolve("bundle-" + System.nanoTime());
        rows.writeTo(dir);
        ValidationReport report = new BundleValidator(KeyLookup.none()).validate(dir);
        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }
}
