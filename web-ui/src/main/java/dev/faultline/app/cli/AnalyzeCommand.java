package dev.faultline.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.run.AnalysisStore;
import dev.faultline.analyzer.run.Analyzer;
import dev.faultline.analyzer.run.Neo4jGraphReader;
import dev.faultline.app.neo4j.Neo4jConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline analyze}: runs the rules and reports the findings. Exit 0 when no finding is at
 * or above {@code --fail-on}, 1 when one is, 2 on error.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run the analyzer rules on the graph and report findings with owners, remediation and standards.")
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--rules", split = ",", description = "only these rule ids (comma-separated)")
    List<String> rules;

    @Option(names = "--tenant", description = "only findings about this tenant's objects")
    String tenant;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--output", description = "write the report to this file instead of standard output")
    Path output;

    @Option(names = "--fail-on", description = "exit 1 when a finding is at or above: low, medium, high, critical")
    String failOn;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Neo4jConnection> connection;

    AnalyzeCommand(ObjectProvider<Neo4jConnection> connection) {
        this.connection = connection;
    }

    @Override
    public Integer call() {
        try {
            Severity threshold = failOn == null ? null : Severity.parse(failOn);
            List<Rule> selected = Rules.select(rules);
            Neo4jConnection neo4j = connection.getObject();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            AnalysisSettings defaults = AnalysisSettings.defaults(now);
            AnalysisSettings settings = new AnalysisSettings(now, tenant, defaults.maxSecretAgeDays(),
                    defaults.unusedDays(), defaults.leakRemediationDays(), defaults.maxBreakGlass());
            AnalysisResult result = new Analyzer(new Neo4jGraphReader(neo4j.driver(), neo4j.database()))
                    .run(selected, settings);
            Map<String, OffsetDateTime> firstSeen = new AnalysisStore(neo4j.driver(), neo4j.database())
                    .store(result, tenant, selected.stream().map(r -> r.info().id()).toList());
            write(format == Format.json ? json(result, selected, firstSeen) : text(result, selected, firstSeen));
            boolean failing = threshold != null
                    && result.findings().stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
            return failing ? 1 : 0;
        } catch (RuntimeException | IOException e) {
            spec.commandLine().getErr().println("faultline analyze: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return FaultlineCommand.INVALID_INPUT;
        }
    }

    private void write(String report) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, report, StandardCharsets.UTF_8);
        }
    }

    private static String text(AnalysisResult result, List<Rule> rules, Map<String, OffsetDateTime> firstSeen) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        out.printf("Analysis %s: %d finding(s)%n", result.runId(), result.findings().size());
        out.printf("  %-26s %8s %8s %8s %8s %8s%n", "rule", "critical", "high", "medium", "low", "ms");
        for (Rule rule : rules) {
            String id = rule.info().id();
            out.printf("  %-26s %8d %8d %8d %8d %8d%n", id, count(result, id, Severity.CRITICAL),
                    count(result, id, Severity.HIGH), count(result, id, Severity.MEDIUM), count(result, id, Severity.LOW),
                    result.ruleTimes().get(id).toMillis());
        }
        for (Finding f : result.findings()) {
            out.printf("%n[%s] %s: %s (%s)%n", f.severity().id(), f.rule(), f.subjectName() == null ? f.subjectKey()
                    : f.subjectName(), f.tenant());
            out.printf("  key %s, first seen %s%n", f.key(), firstSeen.get(f.key()));
            out.printf("  owner: %s (%s, via %s)%n", f.owner().name() == null ? "none" : f.owner().name(),
                    f.owner().status(), f.owner().via());
            out.printf("  evidence: %s%n  fix: %s%n  standards: %s%n", f.evidence(), f.remediation(),
                    String.join(", ", f.standards()));
        }
        out.flush();
        return buffer.toString();
    }

    private static Map<String, Object> finding(Finding f, OffsetDateTime firstSeen, AnalysisResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", f.key());
        json.put("rule", f.rule());
        json.put("severity", f.severity().id());
        json.put("subject", f.subjectKey());
        json.put("subjectName", f.subjectName());
        json.put("tenant", f.tenant());
        json.put("path", f.path());
        json.put("evidence", f.evidence());
        json.put("owner", f.owner());
        json.put("remediation", f.remediation());
        json.put("standards", f.standards());
        json.put("firstSeen", firstSeen == null ? null : firstSeen.toString());
        json.put("lastSeen", result.startedAt().toString());
        return json;
    }

    private static long count(AnalysisResult result, String rule, Severity severity) {
        return result.findings().stream().filter(f -> f.rule().equals(rule) && f.severity() == severity).count();
    }

    private static String json(AnalysisResult result, List<Rule> rules, Map<String, OffsetDateTime> firstSeen)
            throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("runId", result.runId());
        report.put("analyzedAt", result.startedAt().toString());
        report.put("rules", rules.stream().map(r -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.info().id());
            rule.put("title", r.info().title());
            rule.put("why", r.info().why());
            rule.put("remediation", r.info().remediation());
            rule.put("standards", r.info().standards());
            rule.put("findings", result.findings().stream().filter(f -> f.rule().equals(r.info().id())).count());
            rule.put("millis", result.ruleTimes().get(r.info().id()).toMillis());
            return rule;
        }).toList());
        report.put("findings", result.findings().stream().map(f -> finding(f, firstSeen.get(f.key()), result)).toList());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n";
    }
}
