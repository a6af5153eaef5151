package dev.faultline.analyzer.whatif;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.plan.PlanPath;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.run.OverlayAnalyzer;
import dev.faultline.analyzer.run.OverlayAnalyzer.Write;
import dev.faultline.analyzer.score.RiskScore;

/**
 * Runs scenarios: checks every key they name against the graph, analyses the stored graph once
 * (the baseline) and each scenario as an overlay that is rolled back, and compares. The stored
 * graph is never changed. Cost: one analysis per scenario plus the baseline.
 */
public final class WhatIf {

    static final String EXISTING_KEYS = "ingest/existing-keys";

    private final OverlayAnalyzer analyzer;

    public WhatIf(OverlayAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Each scenario against the same baseline, in the order given. */
    public WhatIfComparison compare(List<WhatIfScenario> scenarios, List<Rule> rules, AnalysisSettings settings) {
        if (scenarios.isEmpty()) {
            throw new WhatIfException("no scenario given");
        }
        scenarios.forEach(this::checkReferences);
        AnalysisResult baseline = analyzer.baseline(rules, settings);
        List<WhatIfDelta> deltas = new ArrayList<>();
        for (WhatIfScenario scenario : scenarios) {
            List<Write> writes = new ArrayList<>();
            for (int i = 0; i < scenario.changes().size(); i++) {
                writes.add(scenario.changes().get(i).write(String.valueOf(i + 1), scenario.name(), settings.now()));
            }
            OverlayAnalyzer.Overlaid overlaid = analyzer.withOverlay(writes, rules, settings);
            deltas.add(delta(scenario, overlaid.changed(), baseline, overlaid.result()));
        }
        return new WhatIfComparison(settings.now(), baseline.findings().size(), baseline.plan().totalCost(), deltas);
    }

    /** Every key a change names exists with the label it needs, or an error naming file, change and field. */
    void checkReferences(WhatIfScenario scenario) {
        Set<String> keys = scenario.changes().stream().flatMap(c -> c.references().stream())
                .map(Change.Reference::key).collect(Collectors.toCollection(java.util.TreeSet::new));
        Map<String, List<?>> labels = new HashMap<>();
        analyzer.reader().forEachRow(EXISTING_KEYS, Map.of("keys", List.copyOf(keys)),
                row -> labels.put(String.valueOf(row.get("key")), (List<?>) row.get("labels")));
        for (int i = 0; i < scenario.changes().size(); i++) {
            Change change = scenario.changes().get(i);
            for (Change.Reference ref : change.references()) {
                List<?> found = labels.get(ref.key());
                if (found == null || !found.contains(ref.label())) {
                    throw new WhatIfException(scenario.file() + ": change " + (i + 1) + " (" + change.type() + "): field '"
                            + ref.field() + "': " + (found == null ? "unknown key '" : "not a " + ref.label() + ": '")
                            + ref.key() + "'" + (found == null ? "; no " + ref.label() + " has it" : ""));
                }
            }
        }
    }

    static WhatIfDelta delta(WhatIfScenario scenario, List<Long> changed, AnalysisResult before, AnalysisResult after) {
        Map<String, Finding> was = byKey(before.findings(), Finding::key);
        Map<String, Finding> is = byKey(after.findings(), Finding::key);
        List<Finding> opened = after.findings().stream().filter(f -> !was.containsKey(f.key())).toList();
        List<Finding> closed = before.findings().stream().filter(f -> !is.containsKey(f.key())).toList();
        List<WhatIfDelta.SeverityChange> severity = after.findings().stream()
                .filter(f -> was.containsKey(f.key()) && was.get(f.key()).severity() != f.severity())
                .map(f -> new WhatIfDelta.SeverityChange(f, was.get(f.key()).severity(), f.severity())).toList();
        Map<String, PlanPath> pathsWere = byKey(before.plan().paths(), PlanPath::id);
        Map<String, PlanPath> pathsAre = byKey(after.plan().paths(), PlanPath::id);
        return new WhatIfDelta(scenario.name(), scenario.description(), changed, before.findings().size(),
                after.findings().size(), opened, closed, severity, ruleCounts(before, after, opened, closed),
                opened.stream().filter(WhatIf::isBypass).toList(), closed.stream().filter(WhatIf::isBypass).toList(),
                after.plan().paths().stream().filter(p -> !pathsWere.containsKey(p.id())).toList(),
                before.plan().paths().stream().filter(p -> !pathsAre.containsKey(p.id())).toList(),
                new WhatIfDelta.ScoreChange("organization", before.scores().organization().name(),
                        before.scores().organization().score(), after.scores().organization().score()),
                tenantScores(before.scores().tenants(), after.scores().tenants()),
                before.plan().totalCost(), after.plan().totalCost());
    }

    private static boolean isBypass(Finding finding) {
        return WhatIfDelta.BYPASS_RULES.contains(finding.rule());
    }

    private static List<WhatIfDelta.RuleCount> ruleCounts(AnalysisResult before, AnalysisResult after,
            List<Finding> opened, List<Finding> closed) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        before.findings().forEach(f -> counts.computeIfAbsent(f.rule(), r -> new int[4])[0]++);
        after.findings().forEach(f -> counts.computeIfAbsent(f.rule(), r -> new int[4])[1]++);
        opened.forEach(f -> counts.get(f.rule())[2]++);
        closed.forEach(f -> counts.get(f.rule())[3]++);
        return new TreeMap<>(counts).entrySet().stream().map(e -> new WhatIfDelta.RuleCount(e.getKey(),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    private static List<WhatIfDelta.ScoreChange> tenantScores(List<RiskScore> before, List<RiskScore> after) {
        Map<String, RiskScore> was = byKey(before, RiskScore::key);
        Map<String, RiskScore> is = byKey(after, RiskScore::key);
        Set<String> keys = new java.util.TreeSet<>(was.keySet());
        keys.addAll(is.keySet());
        return keys.stream().map(k -> new WhatIfDelta.ScoreChange(k,
                (is.containsKey(k) ? is.get(k) : was.get(k)).name(),
                was.containsKey(k) ? was.get(k).score() : 0, is.containsKey(k) ? is.get(k).score() : 0)).toList();
    }

    private static <T> Map<String, T> byKey(Collection<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }
}
