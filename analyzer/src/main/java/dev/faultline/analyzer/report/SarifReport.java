package dev.faultline.analyzer.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.rule.RuleInfo;

/**
 * SARIF 2.1.0: one run whose driver lists the rules run, and one result per finding, located
 * logically at its subject, its path as a code flow, its key as the partial fingerprint
 * {@code faultline/v1} (so a dashboard tracks one problem across runs). Results are streamed.
 */
final class SarifReport implements ReportRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "faultline/v1";

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < report.rules().size(); i++) {
            ruleIndex.put(report.rules().get(i).id(), i);
        }
        try (JsonGenerator json = JsonTrees.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeFieldName("tool");
            json.writeTree(tool(report));
            json.writeArrayFieldStart("results");
            for (Finding finding : report.result().findings()) {
                json.writeTree(result(finding, report, ruleIndex.get(finding.rule())));
            }
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            json.writeStringField("runId", report.result().runId());
            json.writeStringField("analyzedAt", report.analyzedAt());
            json.writeStringField("tenant", report.tenant());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    /** The version in the analyzer jar's manifest, 0.1.0 when run from classes. */
    static String toolVersion() {
        return Optional.ofNullable(SarifReport.class.getPackage().getImplementationVersion()).orElse("0.1.0");
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    private static ObjectNode tool(Report report) {
        ObjectNode tool = JsonTrees.MAPPER.createObjectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", "Faultline");
        driver.put("version", toolVersion());
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo info : report.rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", info.id());
            rule.put("name", pascalCase(info.id()));
            rule.putObject("shortDescription").put("text", info.title());
            rule.putObject("fullDescription").put("text", info.why());
            rule.putObject("help").put("text", info.remediation());
            rule.putObject("defaultConfiguration").put("level", defaultLevel(report, info.id()));
            rule.putObject("properties").set("tags", JsonTrees.strings(info.standards()));
        }
        return tool;
    }

    /** The level of the rule's worst finding in this run; warning when it found nothing. */
    private static String defaultLevel(Report report, String rule) {
        return report.result().findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::severity)
                .max(Enum::compareTo).map(SarifReport::level).orElse("warning");
    }

    private static ObjectNode result(Finding f, Report report, Integer ruleIndex) {
        ObjectNode result = JsonTrees.MAPPER.createObjectNode();
        result.put("ruleId", f.rule());
        if (ruleIndex != null) {
            result.put("ruleIndex", ruleIndex);
        }
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", message(f, report));
        result.putObject("partialFingerprints").put(FINGERPRINT, f.key());
        ObjectNode subject = logicalLocation(f.subjectKey(), f.subjectName(), subjectLabel(f));
        result.putArray("locations").addObject().putArray("logicalLocations").add(subject);
        if (!f.path().isEmpty()) {
            ArrayNode steps = result.putArray("codeFlows").addObject().putArray("threadFlows").addObject()
                    .putArray("locations");
            f.path().forEach(hop -> steps.add(step(hop)));
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("severity", f.severity().id());
        properties.set("owner", JsonTrees.owner(f.owner()));
        properties.set("evidence", JsonTrees.evidence(f.evidence()));
        properties.put("firstSeen", report.firstSeenOf(f).map(Report::iso).orElse(null));
        properties.put("lastSeen", report.analyzedAt());
        properties.put("tenant", f.tenant());
        return result;
    }

    /** One sentence: what, where, who answers for it. Control characters escaped, as in text. */
    static String message(Finding f, Report report) {
        String title = report.rules().stream().filter(r -> r.id().equals(f.rule())).map(RuleInfo::title).findFirst()
                .orElse(f.rule());
        String subject = f.subjectName() == null ? f.subjectKey() : f.subjectName() + " (" + f.subjectKey() + ")";
        String tenant = f.tenant() == null ? "" : " in tenant " + f.tenant();
        String owner = f.owner().name() == null
                ? "no accountable owner is known (" + f.owner().status() + ")"
                : "accountable owner " + f.owner().name() + " is " + f.owner().status() + " (via " + f.owner().via() + ")";
        return TextReport.safe(title + ": " + subject + tenant + "; " + owner + ".");
    }

    private static ObjectNode step(Hop hop) {
        ObjectNode step = JsonTrees.MAPPER.createObjectNode();
        ObjectNode location = step.putObject("location");
        location.putArray("logicalLocations").add(logicalLocation(hop.key(), hop.name(), hop.label()));
        String name = hop.name() == null ? hop.key() : hop.name();
        location.putObject("message").put("text", TextReport.safe(
                name + " [" + hop.label() + "]" + (hop.edge() == null ? "" : " -" + hop.edge() + "->")));
        step.put("importance", hop.weak() ? "essential" : "important");
        ObjectNode properties = step.putObject("properties");
        properties.put("weak", hop.weak());
        properties.put("label", hop.label());
        properties.put("tenant", hop.tenant());
        properties.put("edge", hop.edge());
        return step;
    }

    private static ObjectNode logicalLocation(String key, String name, String label) {
        ObjectNode location = JsonTrees.MAPPER.createObjectNode();
        location.put("name", name == null ? String.valueOf(key) : name);
        if (key != null) {
            location.put("fullyQualifiedName", key);
        }
        location.put("kind", label == null ? "resource" : label.toLowerCase(Locale.ROOT));
        return location;
    }

    /** The label of the subject's own hop, when its path has one. */
    private static String subjectLabel(Finding f) {
        return f.path().stream().filter(h -> f.subjectKey().equals(h.key())).map(Hop::label).findFirst().orElse(null);
    }

    /** {@code ownerless-exception} as {@code OwnerlessException}: SARIF's rule name is an identifier. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
