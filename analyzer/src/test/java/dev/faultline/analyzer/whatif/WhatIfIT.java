package dev.faultline.analyzer.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.rule.Scenario;
import dev.faultline.analyzer.run.OverlayAnalyzer;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * What-if on a merger (scenarios/whatif/merger): acquirer acme has a legacy IMAP path open to the
 * whole tenant into its critical Finance ERP and an MFA policy for everyone; the acquired globex has
 * no MFA policy at all.
 *
 * <pre>
 *   acme (tenant) --HAS_AUTH_PATH--> imap (legacy, no MFA) --REACHES--> Finance ERP (critical)
 *   globex (tenant, acquired, no policies)      scenario A: acme -TRUSTS mfaAccepted-> globex
 * </pre>
 */
class WhatIfIT {

    static final Path SCENARIOS = Path.of("src/test/resources/scenarios/whatif/scenarios");

    @TempDir
    Path temp;

    private final Driver driver = TestNeo4j.get().driver();
    private final WhatIf whatIf = new WhatIf(new OverlayAnalyzer(driver, "neo4j"));
    private final AnalysisSettings settings = AnalysisSettings.defaults(Scenario.NOW);

    @BeforeEach
    void load() {
        TestNeo4j.get().clean();
        new BundleLoader(driver, "neo4j", 1000, IngestListener.NONE)
                .ingest(List.of(Path.of("src/test/resources/scenarios/whatif/merger")));
    }

    @Test
    void trustAcceptingMfaClaimsFromATenantWithoutMfaOpensExactlyTheTrustAndTheLegacyPathThroughIt() {
        String before = fingerprint();

        WhatIfDelta delta = run("trust-globex.yaml");

        assertThat(delta.changed()).containsExactly(1L);
        assertThat(delta.opened()).extracting(Finding::rule, Finding::subjectKey, WhatIfIT::end).containsExactlyInAnyOrder(
                tuple("cross-tenant-mfa-trust", "acme", "globex"),
                tuple("legacy-auth-bypass", "globex", "acme/s/finance"));
        assertThat(delta.bypassOpened()).containsExactlyInAnyOrderElementsOf(delta.opened());
        assertThat(delta.closed()).isEmpty();
        assertThat(delta.bypassClosed()).isEmpty();
        assertThat(delta.planPathsOpened()).extracting(p -> p.hops().get(0).key(), p -> p.system())
                .containsExactly(tuple("globex", "acme/s/finance"));
        assertThat(delta.planCostAfter()).isGreaterThanOrEqualTo(delta.planCostBefore());
        assertThat(delta.organization().after()).isGreaterThan(delta.organization().before());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void blockingLegacyProtocolsForTheAcquirerClosesItsLegacyPath() {
        String before = fingerprint();

        WhatIfDelta delta = run("block-legacy.json");

        assertThat(delta.changed()).containsExactly(1L);
        assertThat(delta.closed()).extracting(Finding::rule, Finding::subjectKey, WhatIfIT::end)
                .containsExactly(tuple("legacy-auth-bypass", "acme", "acme/s/finance"));
        assertThat(delta.bypassClosed()).containsExactlyElementsOf(delta.closed());
        assertThat(delta.opened()).isEmpty();
        assertThat(delta.planPathsClosed()).extracting(p -> p.hops().get(0).key()).containsExactly("acme");
        assertThat(delta.planCostAfter()).isZero();
        assertThat(delta.organization().after()).isLessThan(delta.organization().before());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void twoScenariosAreComparedAgainstTheSameBaselineSideBySide() throws IOException {
        String before = fingerprint();
        WhatIfComparison comparison = whatIf.compare(List.of(ScenarioReader.read(SCENARIOS.resolve("trust-globex.yaml")),
                ScenarioReader.read(SCENARIOS.resolve("block-legacy.json"))), Rules.all(), settings);

        assertThat(comparison.scenarios()).extracting(WhatIfDelta::scenario, d -> d.opened().size(), d -> d.closed().size())
                .containsExactly(tuple("trust-globex", 2, 0), tuple("block-legacy", 0, 1));
        assertThat(comparison.scenarios()).extracting(WhatIfDelta::findingsBefore).containsOnly(comparison.baselineFindings());

        StringWriter text = new StringWriter();
        WhatIfReport.text(comparison, text);
        assertThat(text.toString()).contains("trust-globex", "block-legacy", "plan cost", "organization score",
                "Globex Okta [globex] -> Finance ERP [acme/s/finance]  (legacy-auth-bypass, critical)",
                "Acme Entra [acme] -> Finance ERP [acme/s/finance]");
        StringWriter json = new StringWriter();
        WhatIfReport.json(comparison, json);
        JsonNode tree = new ObjectMapper().readTree(json.toString());
        assertThat(tree.get("scenarios")).hasSize(2);
        assertThat(tree.at("/scenarios/0/bypassPaths/opened")).hasSize(2);
        assertThat(tree.at("/scenarios/1/bypassPaths/closed/0/subject").asText()).isEqualTo("acme");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void everyChangeTypeAppliesInsideTheOverlayOnly() throws IOException {
        String before = fingerprint();
        Path file = write("all.yaml", """
                changes:
                  - {type: enable-sync, from: globex, to: acme}
                  - {type: move-identities, identities: [acme/u/ops], toTenant: globex}
                  - {type: block-legacy, tenant: acme, protocols: [pop3]}
                """);

        WhatIfDelta delta = whatIf.compare(List.of(ScenarioReader.read(file)), Rules.all(), settings).scenarios().get(0);

        assertThat(delta.changed()).containsExactly(1L, 1L, 0L);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void unknownKeyIsAnErrorNamingTheFileTheChangeAndTheField() throws IOException {
        Path file = write("bad-key.yaml", """
                changes:
                  - {type: block-legacy, tenant: acme}
                  - {type: add-trust, trusting: acme, trusted: initech, kind: entra-b2b}
                """);
        assertThatThrownBy(() -> whatIf.compare(List.of(ScenarioReader.read(file)), Rules.all(), settings))
                .isInstanceOf(WhatIfException.class)
                .hasMessage(file + ": change 2 (add-trust): field 'trusted': unknown key 'initech'; no Tenant has it");
        Path wrongLabel = write("wrong-label.json", """
                {"changes": [{"type": "rotate-credential", "key": "acme/u/it"}]}
                """);
        assertThatThrownBy(() -> whatIf.compare(List.of(ScenarioReader.read(wrongLabel)), Rules.all(), settings))
                .hasMessage(wrongLabel + ": change 1 (rotate-credential): field 'key': not a Credential: 'acme/u/it'");
    }

    @Test
    void malformedScenarioIsAnErrorNamingTheFileTheChangeAndTheField() throws IOException {
        assertThatThrownBy(() -> ScenarioReader.read(write("type.yaml", "changes:\n  - {type: merge-everything}\n")))
                .hasMessageContaining("type.yaml: change 1: field 'type': unknown change type 'merge-everything'; types are add-trust");
        assertThatThrownBy(() -> ScenarioReader.read(write("missing.yaml", "changes:\n  - {type: add-trust, trusting: acme, kind: entra-b2b}\n")))
                .hasMessageEndingWith("missing.yaml: change 1 (add-trust): field 'trusted': missing");
        assertThatThrownBy(() -> ScenarioReader.read(write("kind.json", "{\"changes\": [{\"type\": \"add-trust\", \"trusting\": \"acme\", \"trusted\": \"globex\", \"kind\": \"magic\"}]}")))
                .hasMessageContaining("kind.json: change 1 (add-trust): field 'kind': 'magic' is not one of");
        assertThatThrownBy(() -> ScenarioReader.read(write("extra.yaml", "changes:\n  - {type: remove-exception, key: x, reason: y}\n")))
                .hasMessageContaining("extra.yaml: change 1 (remove-exception): field 'reason': unknown field");
        assertThatThrownBy(() -> ScenarioReader.read(write("empty.yaml", "changes: []\n")))
                .hasMessageContaining("empty.yaml: field 'changes': empty");
        assertThatThrownBy(() -> ScenarioReader.read(write("broken.json", "{\"changes\": [")))
                .isInstanceOf(WhatIfException.class).hasMessageContaining("broken.json: cannot read the scenario");
    }

    private WhatIfDelta run(String scenario) {
        return whatIf.compare(List.of(ScenarioReader.read(SCENARIOS.resolve(scenario))), Rules.all(), settings)
                .scenarios().get(0);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String end(Finding finding) {
        return finding.path().get(finding.path().size() - 1).key();
    }

    /** Node and relationship counts and a hash of every node's labels and properties and every relationship. */
    private String fingerprint() {
        List<String> items = new ArrayList<>();
        driver.executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties").execute().records()
                .forEach(r -> items.add("N" + new java.util.TreeSet<>(r.get("labels").asList(Object::toString))
                        + new TreeMap<>(r.get("properties").asMap())));
        driver.executableQuery("MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS type, properties(r) AS properties, b.key AS b")
                .execute().records().forEach(r -> items.add("R" + r.get("a").asString() + r.get("type").asString()
                        + new TreeMap<>(r.get("properties").asMap()) + r.get("b").asString()));
        long nodes = items.stream().filter(s -> s.startsWith("N")).count();
        items.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            items.forEach(s -> digest.update(s.getBytes(StandardCharsets.UTF_8)));
            return nodes + " nodes, " + (items.size() - nodes) + " relationships, " + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
