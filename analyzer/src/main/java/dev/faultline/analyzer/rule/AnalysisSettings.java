package dev.faultline.analyzer.rule;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thresholds the rules use, and the instant the analysis treats as now (fixed per run, so a run is
 * reproducible). Every rule query receives all of them as parameters.
 *
 * @param now                 the analysis instant
 * @param tenant              only findings whose subject is in this tenant; null for all
 * @param maxSecretAgeDays    a secret older than this is stale (default 365)
 * @param unusedDays          an active credential or account unused for this long is stale (default 90)
 * @param leakRemediationDays a leaked secret must be revoked within this (default 7)
 * @param maxBreakGlass       break-glass accounts per tenant beyond this are too many (default 4)
 */
public record AnalysisSettings(OffsetDateTime now, String tenant, int maxSecretAgeDays, int unusedDays,
        int leakRemediationDays, int maxBreakGlass) {

    public AnalysisSettings {
        if (now == null) {
            throw new IllegalArgumentException("now is required");
        }
        if (maxSecretAgeDays < 1 || unusedDays < 1 || leakRemediationDays < 0 || maxBreakGlass < 1) {
            throw new IllegalArgumentException("thresholds must be positive: maxSecretAgeDays=" + maxSecretAgeDays
                    + ", unusedDays=" + unusedDays + ", leakRemediationDays=" + leakRemediationDays
                    + ", maxBreakGlass=" + maxBreakGlass);
        }
    }

    public static AnalysisSettings defaults(OffsetDateTime now) {
        return new AnalysisSettings(now, null, 365, 90, 7, 4);
    }

    /** The query parameters: {@code $now}, {@code $tenant}, {@code $maxSecretAgeDays}, {@code $unusedDays}, {@code $leakRemediationDays}, {@code $maxBreakGlass}. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("now", now);
        parameters.put("tenant", tenant);
        parameters.put("maxSecretAgeDays", maxSecretAgeDays);
        parameters.put("unusedDays", unusedDays);
        parameters.put("leakRemediationDays", leakRemediationDays);
        parameters.put("maxBreakGlass", maxBreakGlass);
        return parameters;
    }
}
