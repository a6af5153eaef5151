package dev.faultline.analyzer.run;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.faultline.analyzer.finding.Finding;

/**
 * One analysis run.
 *
 * @param runId      the AnalysisRun id
 * @param startedAt  the instant the rules treated as now
 * @param findings   every finding, worst first
 * @param ruleTimes  time per rule, in run order
 */
public record AnalysisResult(String runId, OffsetDateTime startedAt, List<Finding> findings,
        Map<String, Duration> ruleTimes) {
}
