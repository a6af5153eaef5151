package dev.faultline.app.web.history;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.analyzer.score.RiskScore;
import dev.faultline.app.data.AnalysisRunSummary;

/**
 * The history's two trends over the succeeded runs of the whole graph, oldest first: the risk score
 * of the organization and of each tenant, and the findings of each rule. A tenant or rule a run did
 * not score or find counts 0 in that run. The same numbers feed the charts (as JSON) and the
 * accessible tables.
 *
 * @param labels  one label per run: its start, UTC
 * @param runIds  the runs, in the labels' order
 * @param tenants the organization first, then one series per tenant by key
 * @param rules   one series per rule, by rule id
 */
record RunTrends(List<String> labels, List<String> runIds, List<Series> tenants, List<Series> rules) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One line: a name and one value per run. */
    record Series(String key, String label, List<Integer> points) {
    }

    /** @param runs any runs, in any order; failed and single-tenant runs are left out */
    static RunTrends of(List<AnalysisRunSummary> runs) {
        List<AnalysisRunSummary> chronological = runs.stream()
                .filter(run -> run.succeeded() && run.tenant() == null && run.startedAt() != null)
                .sorted(Comparator.comparing(AnalysisRunSummary::startedAt).thenComparing(AnalysisRunSummary::id)).toList();
        List<String> labels = chronological.stream()
                .map(run -> LABEL.format(run.startedAt().withOffsetSameInstant(ZoneOffset.UTC))).toList();
        List<Series> tenants = new ArrayList<>();
        tenants.add(new Series("organization", "Organization", chronological.stream()
                .map(run -> run.score() == null ? 0 : run.score()).toList()));
        Map<String, String> tenantNames = new TreeMap<>();
        chronological.forEach(run -> run.tenantScores().forEach(s -> tenantNames.putIfAbsent(s.key(), s.name())));
        tenantNames.forEach((key, name) -> tenants.add(new Series(key, name == null ? key : name, chronological.stream()
                .map(run -> run.tenantScores().stream().filter(s -> key.equals(s.key())).mapToInt(RiskScore::score)
                        .findFirst().orElse(0)).toList())));
        Map<String, List<Integer>> rules = new TreeMap<>();
        chronological.forEach(run -> run.counts().keySet().forEach(rule -> rules.putIfAbsent(rule, new ArrayList<>())));
        rules.forEach((rule, points) -> chronological.forEach(run -> points.add(total(run.counts().get(rule)))));
        return new RunTrends(labels, chronological.stream().map(AnalysisRunSummary::id).toList(), tenants,
                rules.entrySet().stream().map(e -> new Series(e.getKey(), e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    private static int total(Map<String, Long> bySeverity) {
        return bySeverity == null ? 0 : (int) bySeverity.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A chart's data for {@code /js/runs.js}: {@code {labels, series: [{key, label, points}]}}. */
    String json(List<Series> series) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("series", series);
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the trend as JSON", e);
        }
    }

    String tenantsJson() {
        return json(tenants);
    }

    String rulesJson() {
        return json(rules);
    }
}
