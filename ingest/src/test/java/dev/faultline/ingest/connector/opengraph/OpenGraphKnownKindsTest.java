package dev.faultline.ingest.connector.opengraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.ingest.connector.BundleRows;

/** Known AD, Entra and Okta kinds in one payload (a fixture: no public sample carries them). */
class OpenGraphKnownKindsTest {

    static final Path MIXED = OpenGraphConnectorTest.RESOURCES.resolve("mixed-directories.json");
    static final String AD = "opengraph:s-1-5-21-100";
    static final String AD2 = "opengraph:s-1-5-21-200";
    static final String ENTRA = "opengraph:t-entra";
    static final String OKTA = "opengraph:acme.okta.com";
    static final String FILE = "opengraph:mixedhound";

    private final OpenGraphResult result = OpenGraphConnectorTest.read(MIXED);
    private final BundleRows rows = result.rows();

    @Test
    void countsEveryFileAndWhatWasLeftOut() {
        assertThat(rows.counts()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("tenants.csv", 5), Map.entry("identities.csv", 6), Map.entry("groups.csv", 3),
                Map.entry("roles.csv", 1), Map.entry("systems.csv", 3), Map.entry("generic_nodes.csv", 1),
                Map.entry("trusts.csv", 1), Map.entry("memberships.csv", 3), Map.entry("role_assignments.csv", 1),
                Map.entry("owners.csv", 1), Map.entry("recovery_paths.csv", 2), Map.entry("generic_edges.csv", 3)));
        assertThat(result.skippedEdges()).isEqualTo(2);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.placeholders()).isEqualTo(1);
    }

    @Test
    void makesATenantPerDirectoryAndOneForNodesWithoutOne() {
        assertThat(rows.rows("tenants.csv")).extracting(r -> r.get("id"), r -> r.get("name"), r -> r.get("kind"), r -> r.get("external_id"))
                .containsExactlyInAnyOrder(
                        tuple(AD, "CORP.LOCAL", "ad", "S-1-5-21-100"),
                        tuple(AD2, "ACQUIRED.LOCAL", "ad", "S-1-5-21-200"),
                        tuple(ENTRA, "T-ENTRA", "entra", "T-ENTRA"),
                        tuple(OKTA, "acme.okta.com", "okta", "acme.okta.com"),
                        tuple(FILE, "MixedHound", "other", null));
        assertThat(rows.rows("trusts.csv")).extracting(r -> r.get("trusting_tenant"), r -> r.get("trusted_tenant"),
                        r -> r.get("kind"), r -> r.get("transitive"), r -> r.get("sid_filtering"))
                .containsExactly(tuple(AD, AD2, "ad-forest", "true", "false"));
    }

    @Test
    void mapsUsersAndServicePrincipalsToIdentities() {
        assertThat(rows.rows("identities.csv")).extracting(r -> r.get("id"), r -> r.get("kind"), r -> r.get("name"),
                        r -> r.get("status"), r -> r.get("upn"), r -> r.get("created"), r -> r.get("last_sign_in"))
                .containsExactlyInAnyOrder(
                        tuple(AD + "/og/S-1-5-21-100-1104", "member", "JDOE@CORP.LOCAL", "disabled", null, null, "2025-01-01T00:00:00Z"),
                        tuple(AD + "/og/S-1-5-21-100-1105", "service-account", "SVC_SQL@CORP.LOCAL", null, null, null, null),
                        tuple(ENTRA + "/og/aaaa-user", "member", "ALICE@CONTOSO.COM", null, "alice@contoso.com", "2024-02-01T08:00:00Z", null),
                        tuple(ENTRA + "/og/aaaa-sp", "service-principal", "deploy-bot", null, null, null, null),
                        tuple(OKTA + "/og/00u1", "member", "bob@acme.com", null, null, null, "2026-02-20T09:41:55Z"),
                        tuple(OKTA + "/og/00u-helpdesk", "member", "00u-helpdesk", null, null, null, null));
    }

    @Test
    void mapsGroupsRolesAndSystems() {
        assertThat(rows.rows("groups.csv")).extracting(r -> r.get("id"), r -> r.get("kind"), r -> r.get("privileged"))
                .containsExactlyInAnyOrder(tuple(AD + "/og/S-1-5-21-100-512", null, "true"),
                        tuple(ENTRA + "/og/aaaa-group", "role-assignable", null), tuple(OKTA + "/og/00g1", null, null));
        assertThat(rows.rows("roles.csv")).extracting(r -> r.get("name"), r -> r.get("privileged"))
                .containsExactly(tuple("Global Administrator", "true"));
        assertThat(rows.rows("systems.csv")).extracting(r -> r.get("id"), r -> r.get("kind"))
                .containsExactlyInAnyOrder(tuple(AD + "/og/S-1-5-21-100-2001", "computer"),
                        tuple(ENTRA + "/og/aaaa-app", "application"), tuple(OKTA + "/og/0oa1", "application"));
        assertThat(rows.rows("generic_nodes.csv")).extracting(r -> r.get("id"), r -> r.get("tenant"), r -> r.get("kinds"), r -> r.get("properties"))
                .containsExactly(tuple(FILE + "/og/lamp-1", FILE, "Lamp;Asset", "{\"name\":\"Desk lamp\",\"watts\":40,\"tags\":[\"a\",\"b\"]}"));
    }

    @Test
    void mapsKnownEdgesAndKeepsTheRestGeneric() {
        String globalAdmin = ENTRA + "/og/62e90394-69f5-4237-9190-012177145e10@T-ENTRA";
        assertThat(rows.rows("memberships.csv")).extracting(r -> r.get("member"), r -> r.get("group"))
                .containsExactlyInAnyOrder(tuple(AD + "/og/S-1-5-21-100-1104", AD + "/og/S-1-5-21-100-512"),
                        tuple(ENTRA + "/og/aaaa-user", ENTRA + "/og/aaaa-group"), tuple(OKTA + "/og/00u1", OKTA + "/og/00g1"));
        assertThat(rows.rows("role_assignments.csv")).extracting(r -> r.get("principal"), r -> r.get("role"))
                .containsExactly(tuple(ENTRA + "/og/aaaa-group", globalAdmin));
        assertThat(rows.rows("owners.csv")).extracting(r -> r.get("owner"), r -> r.get("target"))
                .containsExactly(tuple(ENTRA + "/og/aaaa-user", ENTRA + "/og/aaaa-sp"));
        assertThat(rows.rows("recovery_paths.csv")).extracting(r -> r.get("actor"), r -> r.get("target"), r -> r.get("method"), r -> r.get("tenant"))
                .containsExactlyInAnyOrder(tuple(globalAdmin, ENTRA + "/og/aaaa-user", "tap-issuance", ENTRA),
                        tuple(OKTA + "/og/00u-helpdesk", OKTA + "/og/00u1", "factor-reset", OKTA));
        assertThat(rows.rows("generic_edges.csv")).extracting(r -> r.get("from"), r -> r.get("to"), r -> r.get("kind"), r -> r.get("properties"))
                .containsExactlyInAnyOrder(
                        tuple(AD + "/og/S-1-5-21-100-512", AD + "/og/S-1-5-21-100-2001", "AdminTo", null),
                        tuple(OKTA + "/og/00g1", OKTA + "/og/0oa1", "Okta_AppAssignment", "{\"priority\":1}"),
                        tuple(AD + "/og/S-1-5-21-100-2001", AD + "/og/S-1-5-21-100-512", "MemberOf", null));
    }
}
