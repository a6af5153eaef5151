package dev.faultline.ingest.connector.opengraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.ingest.bundle.BundleValidator;
import dev.faultline.ingest.bundle.KeyLookup;
import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.connector.ExportInput;

class OpenGraphConnectorTest {

    static final Path SPEC = Path.of("../../shared/samples/opengraph/spec");
    static final Path ENTRA = Path.of("../../shared/samples/opengraph/entra-auth-policy-sample");
    static final Path RESOURCES = Path.of("src/test/resources/connector/opengraph");
    static final String ENTRA_TENANT = "opengraph:996af01c-adef-43b6-af73-7ae92866441e";
    static final String SP = ENTRA_TENANT + "/og/73b267c7-0964-41bd-b763-a89e5ef91ec5";
    static final String GLOBAL_ADMIN = ENTRA_TENANT + "/og/62e90394-69f5-4237-9190-012177145e10@996af01c-adef-43b6-af73-7ae92866441e";
    static final String PRIV_AUTH_ADMIN = ENTRA_TENANT + "/og/7be44c8a-adaf-4e2a-84d6-ab2649e08a13@996af01c-adef-43b6-af73-7ae92866441e";
    static final String AUTH_POLICY_ADMIN = ENTRA_TENANT + "/og/0526716b-113d-4c15-b2c8-68e3c22b9f80@996af01c-adef-43b6-af73-7ae92866441e";
    static final String POLICY = ENTRA_TENANT + "/og/AZAuthenticationPolicy@996af01c-adef-43b6-af73-7ae92866441e";

    private final OpenGraphConnector connector = new OpenGraphConnector();

    static OpenGraphResult read(Path path) {
        return new OpenGraphReader().read(ExportInput.open(path), OpenGraphConnector.NAME);
    }

    @Test
    void acceptsPayloadsButNotTheSchemasBesideThem() {
        assertThat(connector.accepts(ExportInput.open(SPEC))).isTrue();
        assertThat(connector.accepts(ExportInput.open(ENTRA))).isTrue();
        assertThat(connector.accepts(ExportInput.open(SPEC.resolve("assets_opengraph_opengraph-node.json")))).isFalse();
        assertThat(connector.accepts(ExportInput.open(ENTRA.resolve("bloodhound-opengraph.schema.json")))).isFalse();
        assertThat(connector.accepts(ExportInput.open(ENTRA.resolve("README.md")))).isFalse();
    }

    @Test
    void mapsTheMinimalPayloadToGenericNodesAndEdgesInOneFileTenant() {
        OpenGraphResult result = read(SPEC);
        BundleRows rows = result.rows();

        assertThat(result.files()).isEqualTo(1);
        assertThat(rows.source()).isEqualTo("opengraph");
        assertThat(rows.counts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("generic_nodes.csv", 2, "generic_edges.csv", 1, "tenants.csv", 1));
        String tenant = "opengraph:assets_opengraph_opengraph-minimal";
        assertThat(rows.rows("tenants.csv")).extracting(r -> r.get("id"), r -> r.get("kind"), r -> r.get("name"))
                .containsExactly(tuple(tenant, "other", "assets_opengraph_opengraph-minimal"));
        assertThat(rows.rows("generic_nodes.csv"))
                .extracting(r -> r.get("id"), r -> r.get("tenant"), r -> r.get("kinds"), r -> r.get("name"), r -> r.get("properties"))
                .containsExactly(
                        tuple(tenant + "/og/123", tenant, "Person", "BOB", "{\"displayname\":\"bob\",\"property\":\"a\",\"name\":\"BOB\"}"),
                        tuple(tenant + "/og/234", tenant, "Person", "ALICE", "{\"displayname\":\"alice\",\"property\":\"b\",\"name\":\"ALICE\"}"));
        assertThat(rows.rows("generic_edges.csv")).extracting(r -> r.get("from"), r -> r.get("to"), r -> r.get("kind"), r -> r.get("properties"))
                .containsExactly(tuple(tenant + "/og/123", tenant + "/og/234", "Knows", null));
    }

    @Test
    void keepsTheSchemaExampleNodesAndSkipsEdgesWhoseEndsAreNotInTheExport() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode payload = json.createObjectNode();
        payload.putObject("graph")
                .<ObjectNode>set("nodes", json.readTree(SPEC.resolve("assets_opengraph_opengraph-node.json").toFile()).get("examples"))
                .set("edges", json.readTree(SPEC.resolve("assets_opengraph_opengraph-edge.json").toFile()).get("examples"));
        ExportInput input = ExportInput.of(Path.of("examples.json"),
                Map.of("examples.json", payload.toString().getBytes(StandardCharsets.UTF_8)));

        OpenGraphResult result = new OpenGraphReader().read(input, "opengraph");

        assertThat(result.rows().counts()).containsExactlyInAnyOrderEntriesOf(Map.of("generic_nodes.csv", 3, "tenants.csv", 1));
        assertThat(result.rows().rows("generic_nodes.csv")).extracting(r -> r.get("id"), r -> r.get("kinds"))
                .containsExactly(tuple("opengraph:examples/og/user-1234", "Person"),
                        tuple("opengraph:examples/og/device-5678", "Device;Asset"),
                        tuple("opengraph:examples/og/location-001", "Location"));
        assertThat(result.skippedEdges()).isEqualTo(5);
        assertThat(result.placeholders()).isZero();
    }

    @Test
    void mapsTheEntraAuthenticationPolicySample() {
        OpenGraphResult result = read(ENTRA);
        BundleRows rows = result.rows();

        assertThat(result.files()).isEqualTo(1);
        assertThat(rows.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "tenants.csv", 1, "identities.csv", 118, "groups.csv", 1, "roles.csv", 3, "generic_nodes.csv", 1,
                "recovery_paths.csv", 348, "generic_edges.csv", 358));
        assertThat(result.skippedEdges()).isZero();
        assertThat(result.duplicates()).isEqualTo(117);
        assertThat(result.placeholders()).isEqualTo(6);
        assertThat(rows.rows("tenants.csv")).extracting(r -> r.get("id"), r -> r.get("kind"), r -> r.get("external_id"))
                .containsExactly(tuple(ENTRA_TENANT, "entra", "996af01c-adef-43b6-af73-7ae92866441e"));
        assertThat(rows.rows("roles.csv")).extracting(r -> r.get("id"), r -> r.get("name"), r -> r.get("privileged"))
                .containsExactlyInAnyOrder(tuple(GLOBAL_ADMIN, "Global Administrator", "true"),
                        tuple(PRIV_AUTH_ADMIN, "Privileged Authentication Administrator", "true"),
                        tuple(AUTH_POLICY_ADMIN, "Authentication Policy Administrator", "true"));
        assertThat(rows.rows("groups.csv")).extracting(r -> r.get("id"))
                .containsExactly(ENTRA_TENANT + "/og/83b26a09-16e4-4a48-b95d-b6b22bdef442");
        assertThat(rows.rows("identities.csv")).filteredOn(r -> r.get("kind").equals("service-principal"))
                .extracting(r -> r.get("id"), r -> r.get("source_id"))
                .containsExactly(tuple(SP, "73b267c7-0964-41bd-b763-a89e5ef91ec5"));
        assertThat(rows.rows("identities.csv")).filteredOn(r -> r.get("kind").equals("member")).hasSize(117);
        assertThat(rows.rows("generic_nodes.csv")).extracting(r -> r.get("id"), r -> r.get("kinds"), r -> r.get("name"))
                .containsExactly(tuple(POLICY, "AZAuthenticationPolicy;AZBase", "AZAuthenticationPolicy@lab.dsinternals.com"));
    }

    @Test
    void turnsTapIssuanceIntoRecoveryPathsForEveryUserTheTapPolicyCovers() {
        BundleRows rows = read(ENTRA).rows();
        List<Map<String, String>> paths = rows.rows("recovery_paths.csv");

        assertThat(paths).extracting(r -> r.get("method")).containsOnly("tap-issuance");
        assertThat(paths).extracting(r -> r.get("tenant")).containsOnly(ENTRA_TENANT);
        assertThat(paths.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.get("actor"),
                java.util.stream.Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(SP, 116L, GLOBAL_ADMIN, 116L, PRIV_AUTH_ADMIN, 116L));
        // the one user whose tapEnabled is false is no TAP target
        assertThat(paths).extracting(r -> r.get("target"))
                .doesNotContain(ENTRA_TENANT + "/og/0b02b00d-267c-4cc3-a641-c9ea5f7353e1");
    }

    @Test
    void keepsPasskeyRegistrationAndPolicyControlAsGenericEdges() {
        List<Map<String, String>> edges = read(ENTRA).rows().rows("generic_edges.csv");

        assertThat(edges.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.get("kind"),
                java.util.stream.Collectors.counting()))).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "AZRegisterPasskey", 351L, "AZChangeAuthenticationPolicy", 3L, "AZTapExclude", 1L,
                        "AZMGPolicy_ReadWrite_AuthenticationMethod", 1L, "AZMGUserAuthenticationMethod_ReadWrite_All", 1L,
                        "AZMGUserAuthenticationMethod_Passkey_ReadWrite_All", 1L));
        assertThat(edges).filteredOn(r -> r.get("kind").startsWith("AZMG") || r.get("kind").startsWith("AZChange")
                        || r.get("kind").equals("AZTapExclude"))
                .extracting(r -> r.get("from"), r -> r.get("to"), r -> r.get("kind"))
                .containsExactlyInAnyOrder(
                        tuple(ENTRA_TENANT + "/og/83b26a09-16e4-4a48-b95d-b6b22bdef442", POLICY, "AZTapExclude"),
                        tuple(SP, ENTRA_TENANT, "AZMGPolicy_ReadWrite_AuthenticationMethod"),
                        tuple(SP, ENTRA_TENANT, "AZMGUserAuthenticationMethod_ReadWrite_All"),
                        tuple(SP, ENTRA_TENANT, "AZMGUserAuthenticationMethod_Passkey_ReadWrite_All"),
                        tuple(SP, POLICY, "AZChangeAuthenticationPolicy"),
                        tuple(GLOBAL_ADMIN, POLICY, "AZChangeAuthenticationPolicy"),
                        tuple(AUTH_POLICY_ADMIN, POLICY, "AZChangeAuthenticationPolicy"));
        assertThat(edges).filteredOn(r -> r.get("kind").equals("AZTapExclude")).extracting(r -> r.get("properties"))
                .containsExactly("{\"displayname\":\"Temporary Access Pass Excluded\",\"tenantid\":\"996af01c-adef-43b6-af73-7ae92866441e\"}");
    }

    @Test
    void derivedBundlesValidateWithoutErrors(@TempDir Path dir) {
        for (Path sample : List.of(SPEC, ENTRA, RESOURCES.resolve("mixed-directories.json"))) {
            Path out = dir.resolve(sample.getFileName().toString());
            connector.read(ExportInput.open(sample)).writeTo(out);
            assertThat(new BundleValidator(KeyLookup.none()).validate(out).errors()).as(sample.toString()).isEmpty();
        }
    }

    @Test
    void readsAPayloadWithAByteOrderMark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.json");
        byte[] text = Files.readAllBytes(SPEC.resolve("assets_opengraph_opengraph-minimal.json"));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);

        assertThat(connector.accepts(ExportInput.open(file))).isTrue();
        assertThat(connector.read(ExportInput.open(file)).counts()).containsEntry("generic_nodes.csv", 2);
    }

    @Test
    void malformedJsonNamesTheFileAndPosition() {
        Path file = RESOURCES.resolve("truncated.json");
        assertThatThrownBy(() -> connector.read(ExportInput.open(file)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.reason()).startsWith("not valid JSON at line 2");
                });
    }

    @Test
    void aNodeWithoutKindsNamesFileRecordAndField() {
        assertError("node-without-kinds.json", "graph.nodes[1] (id u2)", "kinds", "missing or empty");
    }

    @Test
    void anEdgeWithoutEndNamesFileRecordAndField() {
        assertError("edge-without-end.json", "graph.edges[0] (kind Knows)", "end", "missing or not an object");
    }

    @Test
    void aNestedPropertyNamesFileRecordAndField() {
        assertError("nested-property.json", "graph.nodes[0] (id u1)", "properties.manager", "not a flat value");
    }

    @Test
    void anAmbiguousNameMatchNamesTheEdge() {
        assertError("ambiguous-name.json", "graph.edges[0] (kind Knows)", "start", "ambiguous: name 'ALEX' matches 2 nodes (p1, p2)");
    }

    @Test
    void anUnreadableDateNamesTheProperty() {
        assertError("bad-date.json", "graph.nodes[0] (id u1)", "properties.created", "not a date: '31/12/2025'");
    }

    private void assertError(String name, String record, String field, String reason) {
        Path file = RESOURCES.resolve(name);
        assertThatThrownBy(() -> connector.read(ExportInput.open(file)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.record()).isEqualTo(record);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(reason);
                });
    }
}
