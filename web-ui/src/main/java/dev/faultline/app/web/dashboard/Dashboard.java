package dev.faultline.app.web.dashboard;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dashboard shows.
 *
 * @param latest       the latest analysis of the whole graph; empty before the first one
 * @param analysisRuns the most recent analysis runs, newest first
 * @param ingestRuns   the most recent ingest runs, newest first
 * @param newFindings  what the latest analysis found for the first time
 */
public record Dashboard(Optional<LatestRun> latest, List<AnalysisRun> analysisRuns, List<IngestRun> ingestRuns,
        NewFindings newFindings) {

    /** The severities, most severe first, as the counts and scores list them. */
    public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");

    /** The whole-graph runs with a score, oldest first: the points of the trend chart. */
    public List<AnalysisRun> trend() {
        return analysisRuns.stream().filter(run -> run.tenant() == null && run.score() != null)
                .sorted(Comparator.comparing(AnalysisRun::startedAt)).toList();
    }

    /**
     * @param score   the organization's risk score, 0 to 100
     * @param tenants the scored tenants, highest score first
     * @param rules   findings per rule, by rule id
     */
    public record LatestRun(String id, OffsetDateTime startedAt, long findings, int score, List<Score> tenants,
            List<RuleCounts> rules) {

        /** Findings per severity over every rule, in the order of {@link Dashboard#SEVERITIES}. */
        public List<Long> severityTotals() {
            return SEVERITIES.stream().map(s -> rules.stream().mapToLong(r -> r.count(s)).sum()).toList();
        }
    }

    /**
     * A tenant's risk score.
     *
     * @param bySeverity the findings counting for it per severity
     */
    public record Score(String key, String name, int score, long findings, Map<String, Long> bySeverity) {

        /** The name, or the key when the tenant has none. */
        public String label() {
            return name == null || name.isBlank() ? key : name;
        }
    }

    /** @param bySeverity findings of the rule per severity id */
    public record RuleCounts(String rule, Map<String, Long> bySeverity) {

        public long count(String severity) {
            return bySeverity.getOrDefault(severity, 0L);
        }

        public long total() {
            return bySeverity.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * @param tenant the tenant filter; null for the whole graph
     * @param rules  how many rules ran
     * @param score  the organization's score; null for a run stored before scores existed
     */
    public record AnalysisRun(String id, OffsetDateTime startedAt, OffsetDateTime finishedAt, String tenant, long rules,
            long findings, Integer score, String status) {
    }

    /** @param finishedAt null while running */
    public record IngestRun(String id, String source, String status, OffsetDateTime startedAt, OffsetDateTime finishedAt,
            long rows, long nodesWritten, long relationshipsWritten, String error) {
    }

    /** @param total every new finding; {@code findings} lists the most severe of them */
    public record NewFindings(long total, List<NewFinding> findings) {

        public static final NewFindings NONE = new NewFindings(0, List.of());
    }

    /** @param subjectName null when the rule names no subject */
    public record NewFinding(String key, String rule, String severity, String subjectName, String tenant) {
    }
}
