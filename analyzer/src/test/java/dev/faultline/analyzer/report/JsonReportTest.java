package dev.faultline.analyzer.report;

import static dev.faultline.analyzer.report.ReportFixture.REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.analyzer.plan.RemediationPlan;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.score.RiskScores;

class JsonReportTest {

    static final ObjectMapper JSON = new ObjectMapper();

    final String output = ReportFormat.JSON.renderer().render(REPORT);

    @Test
    void isValidAgainstThePublishedSchema() throws IOException {
        assertThat(JsonSchemaCheck.reportErrors(output)).isEmpty();
    }

    @Test
    void schemaRefusesAnUnknownSeverityAMissingFieldAndAnInstantWithoutSeconds() throws IOException {
        ObjectNode report = (ObjectNode) JSON.readTree(output);
        ((ObjectNode) report.at("/findings/1")).put("severity", "severe");
        ((ObjectNode) report.at("/plan")).remove("totalCost");
        report.put("analyzedAt", "2026-11-28T18:15Z");
        assertThat(JsonSchemaCheck.reportErrors(report.toString())).hasSize(3)
                .anySatisfy(e -> assertThat(e).contains("/findings/1/severity"))
                .anySatisfy(e -> assertThat(e).contains("totalCost"))
                .anySatisfy(e -> assertThat(e).contains("/analyzedAt"));
    }

    @Test
    void writesNoMarkupCharactersYetKeepsTheNamesExact() throws IOException {
        assertThat(output).doesNotContain("<", ">").contains("\\u003Cscript\\u003E");
        JsonNode report = JSON.readTree(output);
        assertThat(report.at("/findings/0/path/2/name").asText()).isEqualTo(ReportFixture.SCRIPT);
        assertThat(report.at("/findings/0/subjectName").asText()).isEqualTo(ReportFixture.QUOTED);
    }

    @Test
    void writesRunRulesAndSummaryInThisOrder() throws IOException {
        JsonNode report = JSON.readTree(output);
        List<String> fields = new ArrayList<>();
        report.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("runId", "analyzedAt", "tenant", "rules", "summary", "findings", "plan",
                "scores");
        assertThat(report.get("runId").asText()).isEqualTo("analysis-20261128T181500Z");
        assertThat(report.get("analyzedAt").asText()).isEqualTo("2026-11-28T18:15:00Z");
        assertThat(report.get("tenant").isNull()).isTrue();
        assertThat(report.get("rules").get(1)).isEqualTo(JSON.readTree("""
                {"id": "ownerless-exception", "title": "MFA exception without an active owner", "why": "Nobody reviews it.",
                 "remediation": "Assign an owner or remove it.", "standards": ["GV.RR-02"], "findings": 2, "millis": 41}"""));
        assertThat(report.get("summary")).isEqualTo(JSON.readTree("""
                {"findings": 4, "bySeverity": {"critical": 1, "high": 1, "medium": 1, "low": 1},
                 "byRule": {"legacy-auth-bypass": {"critical": 1, "high": 0, "medium": 1, "low": 0, "total": 2},
                            "ownerless-exception": {"critical": 0, "high": 1, "medium": 0, "low": 1, "total": 2},
                            "break-glass": {"critical": 0, "high": 0, "medium": 0, "low": 0, "total": 0}}}"""));
    }

    @Test
    void writesEachFindingWithPathOwnerAndSightings() throws IOException {
        JsonNode findings = JSON.readTree(output).get("findings");
        assertThat(findings).extracting(f -> f.get("key").asText()).containsExactly(
                "legacy-auth-bypass:00000000000000a1", "ownerless-exception:00000000000000b2",
                "legacy-auth-bypass:00000000000000c3", "ownerless-exception:00000000000000d4");
        assertThat(findings.get(0)).isEqualTo(JSON.readTree("""
                {"key": "legacy-auth-bypass:00000000000000a1", "rule": "legacy-auth-bypass", "severity": "critical",
                 "subject": "acme/u/ann", "subjectName": "Ann \\"The Hacker\\", Jr.\\nsecond line", "tenant": "acme",
                 "path": [
                   {"key": "acme/u/ann", "label": "Identity", "name": "Ann \\"The Hacker\\", Jr.\\nsecond line",
                    "tenant": "acme", "edge": "HAS_AUTH_PATH", "weak": false},
                   {"key": "acme/ap/imap", "label": "AuthPath", "name": "IMAP, basic", "tenant": "acme",
                    "edge": "ACCESSES", "weak": true},
                   {"key": "acme/s/mail", "label": "System", "name": "<script>alert(1)</script>", "tenant": "acme",
                    "edge": null, "weak": false}],
                 "evidence": {"protocol": "IMAP", "identities": 3, "noActiveOwner": true},
                 "owner": {"key": null, "name": null, "status": "missing", "via": "none", "active": false},
                 "remediation": "Block legacy authentication.", "standards": ["PR.AA-03", "ID.RA-01"],
                 "firstSeen": "2026-11-20T08:00:00Z", "lastSeen": "2026-11-28T18:15:00Z"}"""));
        assertThat(findings.get(1).get("firstSeen").isNull()).isTrue();
        assertThat(findings.get(1).get("owner")).isEqualTo(JSON.readTree("""
                {"key": "acme/u/bob", "name": "Bob, \\"Bobby\\"", "status": "departed", "via": "exception", "active": false}"""));
    }

    @Test
    void writesThePlanWithCutKindsAsIds() throws IOException {
        JsonNode plan = JSON.readTree(output).get("plan");
        assertThat(plan.get("criticality")).isEqualTo(JSON.readTree("[\"critical\", \"high\"]"));
        assertThat(plan.get("paths")).extracting(p -> p.get("id").asText()).containsExactly("p1", "p2", "p3");
        assertThat(plan.get("paths").get(1)).isEqualTo(JSON.readTree("""
                {"id": "p2", "system": "acme/s/mail", "findings": ["ownerless-exception:00000000000000b2"],
                 "hops": [{"key": "acme/x/ex-2", "label": "Exception", "name": null, "tenant": "acme", "edge": null, "weak": true},
                          {"key": "acme/s/mail", "label": "System", "name": "<script>alert(1)</script>", "tenant": "acme",
                           "edge": null, "weak": false}]}"""));
        JsonNode exclusion = JSON.readTree("""
                {"id": "remove-exclusion:acme/x/ex-2:acme/p/mfa", "kind": "remove-exclusion", "fromKey": "acme/x/ex-2",
                 "fromName": null, "toKey": "acme/p/mfa", "toName": "<script>alert(1)</script>", "tenant": "acme", "cost": 3,
                 "action": "Remove the exclusion", "paths": ["p1", "p2"],
                 "findings": ["legacy-auth-bypass:00000000000000a1", "ownerless-exception:00000000000000b2"]}""");
        assertThat(plan.get("cuts")).extracting(c -> c.get("kind").asText())
                .containsExactly("block-legacy-for-population", "remove-exclusion");
        assertThat(plan.get("cuts").get(1)).isEqualTo(exclusion);
        assertThat(plan.get("totalCost").asInt()).isEqualTo(5);
        assertThat(plan.get("chokePoints")).containsExactly(exclusion);
        assertThat(plan.get("uncuttable")).isEqualTo(JSON.readTree("[\"p3\"]"));
    }

    @Test
    void writesScoresWithSeveritiesWorstFirst() throws IOException {
        JsonNode scores = JSON.readTree(output).get("scores");
        assertThat(scores.get("organization")).isEqualTo(JSON.readTree("""
                {"key": "organization", "name": null, "kind": "organization", "tenant": null, "score": 71, "raw": 35.5,
                 "findings": 4, "bySeverity": {"critical": 1, "high": 1, "medium": 1, "low": 1}}"""));
        List<String> order = new ArrayList<>();
        scores.get("organization").get("bySeverity").fieldNames().forEachRemaining(order::add);
        assertThat(order).containsExactly("critical", "high", "medium", "low");
        assertThat(scores.get("tenants")).extracting(t -> t.get("key").asText(), t -> t.get("score").asInt())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme", 64), org.assertj.core.groups.Tuple.tuple("beta", 12));
        assertThat(scores.get("systems").get(0)).isEqualTo(JSON.readTree("""
                {"key": "acme/s/mail", "name": "<script>alert(1)</script>", "kind": "system", "tenant": "acme", "score": 55,
                 "raw": 20.0, "findings": 1, "bySeverity": {"critical": 1, "high": 0, "medium": 0, "low": 0}}"""));
        assertThat(scores.get("identities")).extracting(i -> i.get("key").asText()).containsExactly("acme/u/ann");
    }

    @Test
    void anEmptyRunWithATenantFilterIsValidToo() throws IOException {
        AnalysisResult none = new AnalysisResult("analysis-20261128T181500Z", ReportFixture.NOW, List.of(), Map.of(),
                RemediationPlan.EMPTY, new RiskScores(null, List.of(), List.of(), List.of()));
        String json = ReportFormat.JSON.renderer().render(new Report(none, List.of(ReportFixture.BREAK_GLASS), Map.of(),
                "acme"));
        assertThat(JsonSchemaCheck.reportErrors(json)).isEmpty();
        JsonNode report = JSON.readTree(json);
        assertThat(report.get("tenant").asText()).isEqualTo("acme");
        assertThat(report.get("plan")).isEqualTo(JSON.readTree("""
                {"criticality": [], "paths": [], "cuts": [], "totalCost": 0, "chokePoints": [], "uncuttable": []}"""));
        assertThat(report.get("scores")).isEqualTo(JSON.readTree("""
                {"organization": null, "tenants": [], "systems": [], "identities": []}"""));
    }
}
