package dev.faultline.analyzer.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.rule.RuleInfo;
import dev.faultline.analyzer.run.AnalysisResult;

/**
 * What every report renders: one analysis, the rules it ran, when each finding was first seen, and
 * the tenant filter it ran with.
 *
 * @param result    the analysis
 * @param rules     the rules run, in run order
 * @param firstSeen the first analysis instant per finding key, as the store keeps it; a finding
 *                  missing from it has no known first sighting
 * @param tenant    the {@code --tenant} filter, null when the whole graph was analyzed
 */
public record Report(AnalysisResult result, List<RuleInfo> rules, Map<String, OffsetDateTime> firstSeen,
        String tenant) {

    public Report {
        Objects.requireNonNull(result, "result is required");
        Objects.requireNonNull(rules, "rules are required (the rules run)");
        Objects.requireNonNull(firstSeen, "firstSeen is required (empty when nothing is stored)");
        rules = List.copyOf(rules);
        firstSeen = Collections.unmodifiableMap(new LinkedHashMap<>(firstSeen));
    }

    /** A report of the rules as run: their {@link Rule#info()}. */
    public static Report of(AnalysisResult result, List<Rule> rules, Map<String, OffsetDateTime> firstSeen,
            String tenant) {
        return new Report(result, rules.stream().map(Rule::info).toList(), firstSeen, tenant);
    }

    /** When the finding was first seen, empty when the store does not know it. */
    public Optional<OffsetDateTime> firstSeenOf(Finding finding) {
        return Optional.ofNullable(firstSeen.get(finding.key()));
    }

    /** When the analysis ran, as report text. */
    public String analyzedAt() {
        return iso(result.startedAt());
    }

    /**
     * ISO 8601 / RFC 3339 with seconds always written ({@code OffsetDateTime.toString()} drops
     * zero seconds: {@code 18:15Z}, which a JSON Schema date-time refuses).
     */
    static String iso(OffsetDateTime instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant);
    }

    /** How many findings a rule raised at a severity. */
    public long count(String rule, Severity severity) {
        return result.findings().stream().filter(f -> f.rule().equals(rule) && f.severity() == severity).count();
    }

    /** How many findings a rule raised. */
    public long count(String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).count();
    }

    /** How long a rule ran, zero when the result did not time it. */
    public Duration time(String rule) {
        return result.ruleTimes().getOrDefault(rule, Duration.ZERO);
    }
}
