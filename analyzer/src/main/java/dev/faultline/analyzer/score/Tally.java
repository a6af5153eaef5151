package dev.faultline.analyzer.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Severity;

/** What counts for one scored entity while the findings are read: their risks and severities. */
final class Tally {

    private final String key;
    private final String kind;
    private String name;
    private String tenant;
    private double sum;
    private int findings;
    private final Map<String, Integer> bySeverity = new LinkedHashMap<>();

    Tally(String key, String kind) {
        this.key = key;
        this.kind = kind;
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            bySeverity.put(Severity.values()[i].id(), 0);
        }
    }

    /** Keeps the first name and tenant that are known. */
    Tally describe(String knownName, String knownTenant) {
        name = name == null ? knownName : name;
        tenant = tenant == null ? knownTenant : tenant;
        return this;
    }

    /** Sets the name the graph holds, when it holds one. */
    Tally name(String graphName) {
        name = graphName == null ? name : graphName;
        return this;
    }

    /** Sets the tenant the graph holds, when it holds one. */
    Tally tenant(String graphTenant) {
        tenant = graphTenant == null ? tenant : graphTenant;
        return this;
    }

    void add(Finding finding, double risk) {
        sum += risk;
        findings++;
        bySeverity.merge(finding.severity().id(), 1, Integer::sum);
    }

    String key() {
        return key;
    }

    double sum() {
        return sum;
    }

    /**
     * The score: {@code round(100 × raw / (raw + half))}, where {@code half} is the raw value that
     * scores 50. The raw value itself is kept rounded to 2 decimals.
     */
    RiskScore toScore(double raw, double half) {
        int score = (int) Math.round(100 * raw / (raw + half));
        double rounded = BigDecimal.valueOf(raw).setScale(2, RoundingMode.HALF_UP).doubleValue();
        return new RiskScore(key, name, kind, tenant, score, rounded, findings, bySeverity);
    }
}
