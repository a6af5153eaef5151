package dev.faultline.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;

import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.report.Report;
import dev.faultline.analyzer.report.ReportFormat;
import dev.faultline.analyzer.report.ReportRenderer;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.app.neo4j.Neo4jConnection;
import dev.faultline.app.scoring.AnalysisService;
import dev.faultline.app.scoring.StoredAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline analyze}: runs the rules and reports the findings as text, JSON, CSV or SARIF
 * (the renderers of {@link ReportFormat}). Exit 0 when no finding is at or above {@code --fail-on},
 * 1 when one is, 2 on error.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run the analyzer rules on the graph and report findings with owners, remediation and standards.")
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--rules", split = ",", description = "only these rule ids (comma-separated)")
    List<String> rules;

    @Option(names = "--tenant", description = "only findings about this tenant's objects")
    String tenant;

    @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
            completionCandidates = FormatIds.class,
            description = "text, json, csv or sarif (default: ${DEFAULT-VALUE}); schema of json in docs/analysis-report.md")
    ReportFormat format;

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
            StoredAnalysis stored = new AnalysisService(neo4j.driver(), neo4j.database())
                    .analyze(selected, tenant, now, null);
            AnalysisResult result = stored.result();
            Map<String, OffsetDateTime> firstSeen = stored.firstSeen();
            write(Report.of(result, selected, firstSeen, tenant));
            boolean failing = threshold != null
                    && result.findings().stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
            return failing ? 1 : 0;
        } catch (RuntimeException | IOException e) {
            spec.commandLine().getErr().println("faultline analyze: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return FaultlineCommand.INVALID_INPUT;
        }
    }

    private void write(Report report) throws IOException {
        ReportRenderer renderer = format.renderer();
        if (output == null) {
            renderer.write(report, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        } else {
            try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                renderer.write(report, file);
            }
        }
    }

    /** {@code --format}: any case of text, json, csv, sarif. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value);
        }
    }

    /** The format ids, for the help. */
    static final class FormatIds extends java.util.ArrayList<String> {
        FormatIds() {
            super(java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toList());
        }
    }
}
