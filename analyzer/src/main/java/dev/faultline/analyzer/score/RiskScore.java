package dev.faultline.analyzer.score;

import java.util.Map;

/**
 * The risk of one identity, system, tenant or the organization.
 *
 * @param key        the scored node's key ({@code organization} for the whole graph)
 * @param name       its name
 * @param kind       {@code identity}, {@code system}, {@code tenant} or {@code organization}
 * @param tenant     its tenant's key (null for the organization)
 * @param score      0 to 100, from {@code raw}
 * @param raw        the sum of the finding risks that count for it
 * @param findings   how many findings count for it
 * @param bySeverity those findings per severity id
 */
public record RiskScore(String key, String name, String kind, String tenant, int score, double raw, int findings,
        Map<String, Integer> bySeverity) {

    public RiskScore {
        bySeverity = Map.copyOf(bySeverity);
    }
}
