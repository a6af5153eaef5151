package dev.faultline.ingest.connector.sharphound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.ingest.bundle.BundleValidator;
import dev.faultline.ingest.bundle.KeyLookup;
import dev.faultline.ingest.bundle.ValidationReport;
import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/** The SharpHound connector on the BloodHound CE sample: three collected domains, two more named by trusts. */
class SharpHoundConnectorTest {

    static final Path SAMPLE = Path.of("../../shared/samples/ad/sharphound-v6-sample.zip");
    static final String PHANTOM = "ad:S-1-5-21-2697957641-2271029196-387917394";
    static final String GHOST = "ad:S-1-5-21-2845847946-3451170323-4261139666";
    static final String WRAITH = "ad:S-1-5-21-3702535222-3822678775-2090119576";
    static final String REVENANT = "ad:S-1-5-21-1852147331-818484528-1557274963";
    static final String CHILD_WRAITH = "ad:S-1-5-21-720005541-26010935-3948964793";

    static BundleRows rows;

    @BeforeAll
    static void readSample() {
        rows = new SharpHoundConnector().read(ExportInput.open(SAMPLE));
    }

    @Test
    void acceptsTheSharpHoundZipAndNothingElse() {
        SharpHoundConnector connector = new SharpHoundConnector();
        assertThat(connector.accepts(ExportInput.open(SAMPLE))).isTrue();
        assertThat(connector.accepts(ExportInput.open(Path.of("../../shared/samples/opengraph/spec/assets_opengraph_opengraph-minimal.json"))))
                .isFalse();
        assertThat(connector.accepts(ExportInput.open(Path.of("../../shared/samples/entra/graph-api-examples/users_list_signInActivity.v1.json"))))
                .isFalse();
    }

    @Test
    void derivesExactRowCountsPerFile() {
        assertThat(rows.source()).isEqualTo("sharphound");
        assertThat(rows.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "tenants.csv", 5, "trusts.csv", 6, "identities.csv", 96, "credentials.csv", 96,
                "groups.csv", 219, "roles.csv", 32, "role_assignments.csv", 32, "memberships.csv", 141,
                "systems.csv", 34));
    }

    @Test
    void derivedRowsValidateWithoutErrors(@TempDir Path dir) {
        rows.writeTo(dir);
        ValidationReport report = new BundleValidator(KeyLookup.none()).validate(dir);
        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void makesOneTenantPerDomainAndPerDomainNamedOnlyByATrust() {
        assertThat(rows.rows("tenants.csv")).extracting(r -> r.get("id"), r -> r.get("name"), r -> r.get("kind"),
                r -> r.get("external_id"), r -> r.get("primary_domain")).containsExactly(
                tuple(PHANTOM, "PHANTOM.CORP", "ad", PHANTOM.substring(3), "phantom.corp"),
                tuple(GHOST, "GHOST.CORP", "ad", GHOST.substring(3), "ghost.corp"),
                tuple(WRAITH, "WRAITH.CORP", "ad", WRAITH.substring(3), "wraith.corp"),
                tuple(REVENANT, "REVENANT.CORP", "ad", REVENANT.substring(3), "revenant.corp"),
                tuple(CHILD_WRAITH, "CHILD.WRAITH.CORP", "ad", CHILD_WRAITH.substring(3), "child.wraith.corp"));
    }

    @Test
    void mapsEveryTrustWithTheTrustingSideFromItsDirection() {
        assertThat(rows.rows("trusts.csv")).extracting(r -> r.get("id"), r -> r.get("trusting_tenant"),
                r -> r.get("trusted_tenant"), r -> r.get("kind"), r -> r.get("direction"), r -> r.get("transitive"),
                r -> r.get("sid_filtering")).containsExactlyInAnyOrder(
                tuple(PHANTOM + "/trust/" + GHOST.substring(3), PHANTOM, GHOST, "ad-parent-child", "two-way", "true", "false"),
                tuple(PHANTOM + "/trust/" + REVENANT.substring(3), REVENANT, PHANTOM, "ad-external", "one-way", "true", "false"),
                tuple(PHANTOM + "/trust/" + WRAITH.substring(3), PHANTOM, WRAITH, "ad-external", "two-way", "true", "true"),
                tuple(GHOST + "/trust/" + PHANTOM.substring(3), GHOST, PHANTOM, "ad-parent-child", "two-way", "true", "false"),
                tuple(WRAITH + "/trust/" + CHILD_WRAITH.substring(3), WRAITH, CHILD_WRAITH, "ad-parent-child", "two-way", "true", "false"),
                tuple(WRAITH + "/trust/" + PHANTOM.substring(3), WRAITH, PHANTOM, "ad-external", "two-way", "true", "true"));
    }

    @Test
    void revenantTrustsPhantomThroughAnInboundExternalTrustWithoutSidFiltering() {
        assertThat(rows.rows("trusts.csv")).filteredOn(r -> r.get("kind").equals("ad-external"))
                .filteredOn(r -> r.get("sid_filtering").equals("false"))
                .extracting(r -> r.get("trusting_tenant"), r -> r.get("trusted_tenant"), r -> r.get("direction"))
                .containsExactly(tuple(REVENANT, PHANTOM, "one-way"));
    }

    @Test
    void classifiesUsersAsServiceAccountsAdminsAndMembers() {
        assertThat(rows.rows("identities.csv")).extracting(r -> r.get("kind"))
                .filteredOn("service-account"::equals).hasSize(13);
        assertThat(rows.rows("identities.csv")).extracting(r -> r.get("kind")).filteredOn("admin"::equals).hasSize(33);
        assertThat(rows.rows("identities.csv")).extracting(r -> r.get("kind")).filteredOn("member"::equals).hasSize(50);
        assertThat(rows.rows("identities.csv")).extracting(r -> r.get("status")).filteredOn("disabled"::equals).hasSize(21);
    }

    @Test
    void keepsSidsTimestampsAndPasswordAgeOfAnAccount() {
        String administrator = PHANTOM + "/user/S-1-5-21-2697957641-2271029196-387917394-500";
        assertThat(identity(administrator)).containsEntry("tenant", PHANTOM).containsEntry("name", "Administrator")
                .containsEntry("kind", "service-account").containsEntry("status", "active")
                .containsEntry("on_prem_sid", "S-1-5-21-2697957641-2271029196-387917394-500")
                .containsEntry("source_id", "S-1-5-21-2697957641-2271029196-387917394-500")
                .containsEntry("created", "2022-05-24T03:06:57Z").containsEntry("last_sign_in", "2024-02-19T08:14:00Z")
                .doesNotContainKey("mfa_registered");
        assertThat(rows.rows("credentials.csv")).filteredOn(r -> r.get("identity").equals(administrator))
                .extracting(r -> r.get("id"), r -> r.get("kind"), r -> r.get("last_rotated"))
                .containsExactly(tuple(administrator + "/password", "password", "2022-05-24T09:55:39Z"));
    }

    @Test
    void treatsNeverAsUnknownForADisabledKrbtgt() {
        assertThat(identity(PHANTOM + "/user/S-1-5-21-2697957641-2271029196-387917394-502"))
                .containsEntry("name", "krbtgt").containsEntry("kind", "service-account")
                .containsEntry("status", "disabled").doesNotContainKey("last_sign_in");
    }

    @Test
    void keepsTheRicherRecordWhenTwoUsersShareAnObjectIdentifier() {
        assertThat(rows.rows("identities.csv"))
                .filteredOn(r -> r.get("source_id").equals("S-1-5-21-2697957641-2271029196-387917394-2186"))
                .extracting(r -> r.get("name"), r -> r.get("kind")).containsExactly(tuple("gMSA_SHS22$", "service-account"));
    }

    @Test
    void leavesWellKnownPrincipalsOutOfTheIdentities() {
        assertThat(rows.rows("identities.csv")).extracting(r -> r.get("source_id")).allMatch(id -> id.startsWith("S-1-5-21-"));
        assertThat(rows.rows("identities.csv")).extracting(r -> r.get("id")).doesNotHaveDuplicates();
    }

    @Test
    void marksWellKnownPrivilegedGroupsAndGivesThemAPrivilegedRole() {
        List<String> privileged = rows.rows("groups.csv").stream().filter(r -> r.get("privileged").equals("true"))
                .map(r -> r.get("name")).toList();
        assertThat(privileged).hasSize(32).contains("DOMAIN ADMINS@PHANTOM.CORP", "ENTERPRISE ADMINS@PHANTOM.CORP",
                "ADMINISTRATORS@GHOST.CORP", "SCHEMA ADMINS@WRAITH.CORP", "ENTERPRISE DOMAIN CONTROLLERS@WRAITH.CORP");
        assertThat(rows.rows("roles.csv")).extracting(r -> r.get("name")).containsExactlyInAnyOrderElementsOf(privileged);
        assertThat(rows.rows("roles.csv")).extracting(r -> r.get("privileged")).containsOnly("true");
        String domainAdmins = PHANTOM + "/group/S-1-5-21-2697957641-2271029196-387917394-512";
        assertThat(rows.rows("role_assignments.csv")).filteredOn(r -> r.get("principal").equals(domainAdmins))
                .extracting(r -> r.get("role")).containsExactly(PHANTOM + "/role/S-1-5-21-2697957641-2271029196-387917394-512");
        assertThat(rows.rows("groups.csv")).filteredOn(r -> r.get("id").equals(PHANTOM + "/group/PHANTOM.CORP-S-1-5-32-544"))
                .extracting(r -> r.get("name"), r -> r.get("on_prem_sid"), r -> r.get("privileged"))
                .containsExactly(tuple("ADMINISTRATORS@PHANTOM.CORP", "S-1-5-32-544", "true"));
    }

    @Test
    void resolvesDirectMembersOfDomainAdmins() {
        String domainAdmins = PHANTOM + "/group/S-1-5-21-2697957641-2271029196-387917394-512";
        assertThat(rows.rows("memberships.csv")).filteredOn(r -> r.get("group").equals(domainAdmins))
                .extracting(r -> r.get("member").substring(r.get("member").lastIndexOf('-') + 1))
                .containsExactlyInAnyOrder("2200", "2197", "2194", "2191", "2187", "2179", "2158", "2140", "2138",
                        "2113", "500", "2186");
    }

    @Test
    void makesComputersSystemsWithDomainControllersHigh() {
        assertThat(rows.rows("systems.csv")).extracting(r -> r.get("kind")).containsOnly("computer");
        assertThat(rows.rows("systems.csv")).filteredOn(r -> "high".equals(r.get("criticality")))
                .extracting(r -> r.get("name"), r -> r.get("tenant")).containsExactlyInAnyOrder(
                        tuple("DC01.PHANTOM.CORP", PHANTOM), tuple("GHOST-DC01.GHOST.CORP", GHOST),
                        tuple("EXTDC01.WRAITH.CORP", WRAITH));
    }

    @Test
    void countsWhatIsNotMappedInTheDescription(@TempDir Path dir) throws Exception {
        rows.writeTo(dir);
        String manifest = java.nio.file.Files.readString(dir.resolve("manifest.json"));
        assertThat(manifest).contains("3 domains, 96 users, 219 groups, 34 computers")
                .contains("3 well-known principals listed as users", "18 computer group members",
                        "2 group members not in the export")
                .contains("not mapped: aiacas 6, certtemplates 106, containers 1121, enterprisecas 4, gpos 32, "
                        + "ntauthstores 2, ous 20, rootcas 5");
    }

    private static Map<String, String> identity(String id) {
        return rows.rows("identities.csv").stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
    }
}
