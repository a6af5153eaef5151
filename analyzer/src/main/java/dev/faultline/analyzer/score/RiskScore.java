package dev.faultline.analyzer.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.faultline.analyzer.finding.Severity;

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
 * @param bySeverity those findings per severity id: every severity, worst first, zero where none
 */
public record RiskScore(String key, String name, String kind, String tenant, int score, double raw, int findings,
        Map<String, Integer> bySeverity) {

    public RiskScore {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            String id = Severity.values()[i].id();
            ordered.put(id, bySeverity.getOrDefault(id, 0));
        }
        bySeverity = Collections.unmodifiableMap(ordered);
    }

    /** As plain ordered values (key, name, kind, tenant, score, raw, findings, bySeverity), for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", key);
        map.put("name", name);
        map.put("kind", kind);
        map.put("tenant", tenant);
        map.put("score", score);
        map.put("raw", raw);
        map.put("findings", findings);
        map.put("bySeverity", bySeverity);
        return map;
    }
}
