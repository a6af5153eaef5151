package dev.faultline.analyzer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.GraphReader;
import dev.faultline.analyzer.rule.PatternRule;
import dev.faultline.analyzer.rule.RuleInfo;

/** What the analysis does to every rule's findings, with rows from a fake of our own port. */
class AnalyzerTest {

    static final AnalysisSettings SETTINGS = AnalysisSettings.defaults(OffsetDateTime.parse("2026-11-01T00:00:00Z"));

    static final class Probe extends PatternRule {
        private final boolean raises;

        Probe(String id, boolean raises) {
            super(new RuleInfo(id, "probe", "why", "fix", List.of("PR.AA-01")));
            this.raises = raises;
        }

        @Override
        public boolean raisesSeverityWithoutActiveOwner() {
            return raises;
        }
    }

    static Map<String, Object> row(String subject, String severity, String ownerStatus) {
        return Map.of("subject", subject, "severity", severity, "ownerStatus", ownerStatus, "evidence", Map.of("x", 1));
    }

    final GraphReader graph = (statement, parameters) -> switch (statement) {
        case "analysis/probe-a" -> List.of(row("t/u/a", "medium", "active"), row("t/u/b", "medium", "departed"),
                row("t/u/c", "critical", "missing"));
        case "analysis/probe-b" -> List.of(row("t/n/d", "high", "missing"));
        default -> List.of();
    };

    @Test
    void raisesSeverityOneStepAndSaysSoWhenNoOwnerIsActiveUnlessTheRuleIsAboutThatWorstFirst() {
        AnalysisResult result = new Analyzer(graph).run(List.of(new Probe("probe-a", true), new Probe("probe-b", false)),
                SETTINGS);

        assertThat(result.findings()).extracting(Finding::subjectKey, Finding::severity,
                f -> f.evidence().get("noActiveOwner")).containsExactly(
                        tuple("t/u/c", Severity.CRITICAL, true),
                        tuple("t/u/b", Severity.HIGH, true),
                        tuple("t/n/d", Severity.HIGH, null),
                        tuple("t/u/a", Severity.MEDIUM, null));
        assertThat(result.ruleTimes()).containsOnlyKeys("probe-a", "probe-b");
        assertThat(result.runId()).matches("analysis-20261101T000000Z-[0-9a-f]{4}");
    }

    @Test
    void theSameSubjectGivesTheSameKeyInEveryRun() {
        List<String> first = new Analyzer(graph).run(List.of(new Probe("probe-a", true)), SETTINGS).findings().stream()
                .map(Finding::key).toList();
        List<String> second = new Analyzer(graph).run(List.of(new Probe("probe-a", true)), SETTINGS).findings().stream()
                .map(Finding::key).toList();
        assertThat(second).isEqualTo(first).allMatch(k -> k.matches("probe-a:[0-9a-f]{16}"));
    }
}
