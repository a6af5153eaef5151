package dev.faultline.analyzer.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.rule.RuleInfo;
import dev.faultline.analyzer.score.RiskScore;
import dev.faultline.analyzer.score.RiskScores;

/**
 * The whole analysis as JSON, as docs/analysis-report.md describes it and
 * docs/analysis-report.schema.json checks it. Findings are streamed one by one, so a large run is
 * never held twice in memory.
 */
final class JsonReport implements ReportRenderer {

    /** Worst first, as findings are sorted. */
    private static final List<Severity> SEVERITIES = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM,
            Severity.LOW);

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = JsonTrees.generator(out)) {
            json.writeStartObject();
            json.writeStringField("runId", report.result().runId());
            json.writeStringField("analyzedAt", report.analyzedAt());
            json.writeStringField("tenant", report.tenant());
            json.writeFieldName("rules");
            json.writeTree(rules(report));
            json.writeFieldName("summary");
            json.writeTree(summary(report));
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.result().findings()) {
                json.writeTree(JsonTrees.finding(finding, report));
            }
            json.writeEndArray();
            json.writeFieldName("plan");
            json.writeTree(PlanJson.tree(report.result().plan()));
            json.writeFieldName("scores");
            json.writeTree(scores(report.result().scores()));
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static ArrayNode rules(Report report) {
        ArrayNode rules = JsonTrees.MAPPER.createArrayNode();
        for (RuleInfo info : report.rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", info.id());
            rule.put("title", info.title());
            rule.put("why", info.why());
            rule.put("remediation", info.remediation());
            rule.set("standards", JsonTrees.strings(info.standards()));
            rule.put("findings", report.count(info.id()));
            rule.put("millis", report.time(info.id()).toMillis());
        }
        return rules;
    }

    private static ObjectNode summary(Report report) {
        ObjectNode summary = JsonTrees.MAPPER.createObjectNode();
        summary.put("findings", report.result().findings().size());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        SEVERITIES.forEach(s -> bySeverity.put(s.id(),
                report.result().findings().stream().filter(f -> f.severity() == s).count()));
        ObjectNode byRule = summary.putObject("byRule");
        for (RuleInfo info : report.rules()) {
            ObjectNode rule = byRule.putObject(info.id());
            SEVERITIES.forEach(s -> rule.put(s.id(), report.count(info.id(), s)));
            rule.put("total", report.count(info.id()));
        }
        return summary;
    }

    private static ObjectNode scores(RiskScores scores) {
        ObjectNode json = JsonTrees.MAPPER.createObjectNode();
        json.set("organization", scores.organization() == null ? null : score(scores.organization()));
        json.set("tenants", scores(scores.tenants()));
        json.set("systems", scores(scores.systems()));
        json.set("identities", scores(scores.identities()));
        return json;
    }

    private static ArrayNode scores(List<RiskScore> scores) {
        ArrayNode json = JsonTrees.MAPPER.createArrayNode();
        scores.forEach(s -> json.add(score(s)));
        return json;
    }

    private static ObjectNode score(RiskScore score) {
        return JsonTrees.MAPPER.valueToTree(score.asMap());
    }
}
