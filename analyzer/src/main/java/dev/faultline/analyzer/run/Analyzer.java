package dev.faultline.analyzer.run;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.plan.RemediationPlanner;
import dev.faultline.analyzer.score.RiskScorer;
import dev.faultline.analyzer.score.RiskScores;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.GraphReader;
import dev.faultline.analyzer.rule.Rule;

/**
 * Runs rules over the graph and applies what every finding shares: when no accountable owner is
 * active, the finding says so ({@code noActiveOwner} in its evidence) and its severity goes up one
 * step. Findings come back worst first.
 */
public final class Analyzer {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("'analysis-'yyyyMMdd'T'HHmmss'Z'");

    private final GraphReader graph;

    public Analyzer(GraphReader graph) {
        this.graph = graph;
    }

    public AnalysisResult run(List<Rule> rules, AnalysisSettings settings) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Duration> times = new LinkedHashMap<>();
        for (Rule rule : rules) {
            long start = System.nanoTime();
            for (Finding finding : rule.run(graph, settings)) {
                findings.add(rule.raisesSeverityWithoutActiveOwner() ? withOwnerAdjustment(finding) : finding);
            }
            times.put(rule.info().id(), Duration.ofNanos(System.nanoTime() - start));
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparing(Finding::rule).thenComparing(Finding::subjectKey).thenComparing(Finding::key));
        RiskScores scores = new RiskScorer(graph).score(findings);
        return new AnalysisResult(runId(settings.now()), settings.now(), findings, times,
                new RemediationPlanner(graph).plan(findings), scores);
    }

    /**
     * {@code analysis-<instant>-<4 hex>}: the instant says when, the random suffix keeps two runs
     * started in the same second (a rerun, two schedulers) apart, as ingest run ids do.
     */
    static String runId(java.time.OffsetDateTime now) {
        return RUN_ID.format(now) + "-" + Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(0x1000, 0x10000));
    }

    static Finding withOwnerAdjustment(Finding finding) {
        if (finding.owner().isActive()) {
            return finding;
        }
        Map<String, Object> evidence = new LinkedHashMap<>(finding.evidence());
        evidence.put("noActiveOwner", true);
        return new Finding(finding.key(), finding.rule(), finding.severity().raise(), finding.subjectKey(),
                finding.subjectName(), finding.tenant(), finding.path(), evidence, finding.owner(),
                finding.remediation(), finding.standards());
    }
}
