package dev.faultline.analyzer.run;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.plan.RemediationPlan;
import dev.faultline.analyzer.score.RiskScores;

/**
 * One analysis run.
 *
 * @param runId      the AnalysisRun id
 * @param startedAt  the instant the rules treated as now
 * @param findings   every finding, worst first
 * @param ruleTimes  time per rule, in run order
 * @param plan       the remediation plan over the bypass paths into the critical systems
 * @param scores     risk scores per identity, system, tenant and organization
 */
public record AnalysisResult(String runId, OffsetDateTime startedAt, List<Finding> findings,
        Map<String, Duration> ruleTimes, RemediationPlan plan, RiskScores scores) {
}
