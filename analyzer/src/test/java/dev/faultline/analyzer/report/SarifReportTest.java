package dev.faultline.analyzer.report;

import static dev.faultline.analyzer.report.ReportFixture.REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.analyzer.finding.Severity;

class SarifReportTest {

    static final ObjectMapper JSON = new ObjectMapper();

    final String output = ReportFormat.SARIF.renderer().render(REPORT);

    @Test
    void isValidSarif210() throws IOException {
        assertThat(JsonSchemaCheck.sarifErrors(output)).isEmpty();
        JsonNode log = JSON.readTree(output);
        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
    }

    @Test
    void theSarifSchemaRefusesWhatItShould() throws IOException {
        ObjectNode log = (ObjectNode) JSON.readTree(output);
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "critical");
        assertThat(JsonSchemaCheck.sarifErrors(log.toString())).hasSize(1)
                .allSatisfy(e -> assertThat(e).contains("/runs/0/results/0/level"));
    }

    @Test
    void describesTheToolAndEveryRuleRun() throws IOException {
        JsonNode driver = JSON.readTree(output).at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("Faultline");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("rules")).extracting(r -> r.get("id").asText(), r -> r.at("/defaultConfiguration/level").asText())
                .containsExactly(tuple("legacy-auth-bypass", "error"), tuple("ownerless-exception", "error"),
                        tuple("break-glass", "warning"));
        assertThat(driver.get("rules").get(0)).isEqualTo(JSON.readTree("""
                {"id": "legacy-auth-bypass", "name": "LegacyAuthBypass",
                 "shortDescription": {"text": "Legacy authentication bypasses MFA"},
                 "fullDescription": {"text": "Legacy protocols cannot do MFA."},
                 "help": {"text": "Block legacy authentication."},
                 "defaultConfiguration": {"level": "error"},
                 "properties": {"tags": ["PR.AA-03", "ID.RA-01"]}}"""));
    }

    @Test
    void mapsSeveritiesToLevels() throws IOException {
        assertThat(JSON.readTree(output).at("/runs/0/results"))
                .extracting(r -> r.get("ruleId").asText(), r -> r.get("ruleIndex").asInt(), r -> r.get("level").asText(),
                        r -> r.at("/partialFingerprints/faultline~1v1").asText())
                .containsExactly(tuple("legacy-auth-bypass", 0, "error", "legacy-auth-bypass:00000000000000a1"),
                        tuple("ownerless-exception", 1, "error", "ownerless-exception:00000000000000b2"),
                        tuple("legacy-auth-bypass", 0, "warning", "legacy-auth-bypass:00000000000000c3"),
                        tuple("ownerless-exception", 1, "note", "ownerless-exception:00000000000000d4"));
        assertThat(SarifReport.level(Severity.LOW)).isEqualTo("note");
    }

    @Test
    void locatesAResultAtItsSubjectAndFollowsItsPathAsACodeFlow() throws IOException {
        JsonNode result = JSON.readTree(output).at("/runs/0/results/0");
        assertThat(result.at("/message/text").asText()).isEqualTo("Legacy authentication bypasses MFA: "
                + "Ann \"The Hacker\", Jr.\\nsecond line (acme/u/ann) in tenant acme; no accountable owner is known (missing).");
        assertThat(result.get("locations")).isEqualTo(JSON.readTree("""
                [{"logicalLocations": [{"name": "Ann \\"The Hacker\\", Jr.\\nsecond line", "fullyQualifiedName": "acme/u/ann",
                                        "kind": "identity"}]}]"""));
        assertThat(result.get("codeFlows")).isEqualTo(JSON.readTree("""
                [{"threadFlows": [{"locations": [
                  {"location": {"logicalLocations": [{"name": "Ann \\"The Hacker\\", Jr.\\nsecond line",
                                                      "fullyQualifiedName": "acme/u/ann", "kind": "identity"}],
                                "message": {"text": "Ann \\"The Hacker\\", Jr.\\\\nsecond line [Identity] -HAS_AUTH_PATH->"}},
                   "importance": "important",
                   "properties": {"weak": false, "label": "Identity", "tenant": "acme", "edge": "HAS_AUTH_PATH"}},
                  {"location": {"logicalLocations": [{"name": "IMAP, basic", "fullyQualifiedName": "acme/ap/imap",
                                                      "kind": "authpath"}],
                                "message": {"text": "IMAP, basic [AuthPath] -ACCESSES->"}},
                   "importance": "essential",
                   "properties": {"weak": true, "label": "AuthPath", "tenant": "acme", "edge": "ACCESSES"}},
                  {"location": {"logicalLocations": [{"name": "<script>alert(1)</script>", "fullyQualifiedName": "acme/s/mail",
                                                      "kind": "system"}],
                                "message": {"text": "<script>alert(1)</script> [System]"}},
                   "importance": "important",
                   "properties": {"weak": false, "label": "System", "tenant": "acme", "edge": null}}]}]}]"""));
        assertThat(result.get("properties")).isEqualTo(JSON.readTree("""
                {"severity": "critical", "owner": {"key": null, "name": null, "status": "missing", "via": "none", "active": false},
                 "evidence": {"protocol": "IMAP", "identities": 3, "noActiveOwner": true},
                 "firstSeen": "2026-11-20T08:00:00Z", "lastSeen": "2026-11-28T18:15:00Z", "tenant": "acme"}"""));
    }

    @Test
    void namesTheOwnerInTheMessageAndLeavesOutAnEmptyCodeFlow() throws IOException {
        JsonNode results = JSON.readTree(output).at("/runs/0/results");
        assertThat(results.at("/1/message/text").asText()).isEqualTo("MFA exception without an active owner: "
                + "acme/x/ex-2 in tenant acme; accountable owner Bob, \"Bobby\" is departed (via exception).");
        assertThat(results.at("/1/locations/0/logicalLocations/0")).isEqualTo(JSON.readTree("""
                {"name": "acme/x/ex-2", "fullyQualifiedName": "acme/x/ex-2", "kind": "exception"}"""));
        assertThat(results.at("/1/properties/firstSeen").isNull()).isTrue();
        assertThat(results.get(2).has("codeFlows")).isFalse();
        assertThat(results.at("/2/locations/0/logicalLocations/0/kind").asText()).isEqualTo("resource");
    }

    @Test
    void carriesTheRunAndWritesNoMarkupCharacters() throws IOException {
        assertThat(output).doesNotContain("<", ">");
        assertThat(JSON.readTree(output).at("/runs/0/properties")).isEqualTo(JSON.readTree("""
                {"runId": "analysis-20261128T181500Z", "analyzedAt": "2026-11-28T18:15:00Z", "tenant": null}"""));
    }
}
