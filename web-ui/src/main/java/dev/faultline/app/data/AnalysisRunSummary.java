package dev.faultline.app.data;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.faultline.analyzer.score.RiskScore;

/**
 * One analysis run.
 *
 * @param startedAt          the instant its rules treated as now
 * @param tenant             the tenant filter; null when the whole graph was analyzed
 * @param findings           how many findings it stored
 * @param counts             findings per rule, then per severity
 * @param score              the organization's risk score, 0 to 100; null for a run stored before scores
 * @param organizationScore  the organization's score in full; null when not stored
 * @param tenantScores       every scored tenant's; empty when not stored
 * @param status             {@code succeeded} or {@code failed}
 * @param error              why a failed run failed; null otherwise
 * @param tenantCounts       findings per tenant, then per severity; empty when not stored
 * @param ingestRuns         ids of the ingest runs the run saw
 */
public record AnalysisRunSummary(String id, OffsetDateTime startedAt, OffsetDateTime finishedAt, String tenant,
        List<String> rules, long findings, Map<String, Map<String, Long>> counts, Integer score,
        RiskScore organizationScore, List<RiskScore> tenantScores, String status, String error,
        Map<String, Map<String, Long>> tenantCounts, List<String> ingestRuns) {

    public AnalysisRunSummary {
        tenantCounts = Map.copyOf(tenantCounts);
        ingestRuns = List.copyOf(ingestRuns);
        rules = List.copyOf(rules);
        counts = Map.copyOf(counts);
        tenantScores = List.copyOf(tenantScores);
    }

    public boolean succeeded() {
        return "succeeded".equals(status);
    }
}
