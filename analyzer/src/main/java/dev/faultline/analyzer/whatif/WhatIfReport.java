package dev.faultline.analyzer.whatif;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;

/** Renders a {@link WhatIfComparison} as text (scenarios side by side) or JSON (schema in docs/whatif.md). */
public final class WhatIfReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    private static final int LABEL = 36;
    private static final int COLUMN = 26;

    private WhatIfReport() {
    }

    public static void text(WhatIfComparison comparison, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.printf("What-if at %s; baseline: %d findings, plan cost %d%n%n", comparison.now(),
                comparison.baselineFindings(), comparison.baselinePlanCost());
        List<WhatIfDelta> deltas = comparison.scenarios();
        row(out, "", deltas, WhatIfDelta::scenario);
        row(out, "findings", deltas, d -> d.findingsBefore() + " -> " + d.findingsAfter());
        row(out, "findings opened / closed (by rule)", deltas, d -> "+" + d.opened().size() + " / -" + d.closed().size());
        row(out, "severity changed", deltas, d -> String.valueOf(d.severityChanged().size()));
        row(out, "bypass paths opened / closed", deltas, d -> "+" + d.bypassOpened().size() + " / -" + d.bypassClosed().size());
        List<String> rules = deltas.stream().flatMap(d -> d.rules().stream()).filter(r -> r.opened() + r.closed() > 0)
                .map(WhatIfDelta.RuleCount::rule).distinct().sorted().toList();
        for (String rule : rules) {
            row(out, "  " + rule, deltas, d -> d.rules().stream().filter(r -> r.rule().equals(rule)).findFirst()
                    .map(r -> "+" + r.opened() + " / -" + r.closed()).orElse("+0 / -0"));
        }
        row(out, "organization score", deltas, d -> d.organization().before() + " -> " + d.organization().after());
        List<String> tenants = deltas.stream().flatMap(d -> d.tenants().stream()).filter(t -> t.before() != t.after())
                .map(WhatIfDelta.ScoreChange::key).distinct().sorted().toList();
        for (String tenant : tenants) {
            row(out, "  tenant " + tenant, deltas, d -> d.tenants().stream().filter(t -> t.key().equals(tenant))
                    .findFirst().map(t -> t.before() + " -> " + t.after()).orElse("0 -> 0"));
        }
        row(out, "plan cost", deltas, d -> d.planCostBefore() + " -> " + d.planCostAfter());
        for (WhatIfDelta delta : deltas) {
            out.printf("%n%s%s%n", delta.scenario(), delta.description() == null ? "" : ": " + delta.description());
            paths(out, "bypass paths opened", delta.bypassOpened());
            paths(out, "bypass paths closed", delta.bypassClosed());
        }
        out.flush();
    }

    private static void row(PrintWriter out, String label, List<WhatIfDelta> deltas, Function<WhatIfDelta, String> cell) {
        StringBuilder line = new StringBuilder(String.format("%-" + LABEL + "s", label));
        deltas.forEach(d -> line.append(String.format("%-" + COLUMN + "s", cell.apply(d))));
        out.println(line.toString().stripTrailing());
    }

    private static void paths(PrintWriter out, String title, List<Finding> findings) {
        out.printf("  %s: %s%n", title, findings.isEmpty() ? "none" : String.valueOf(findings.size()));
        for (Finding f : findings) {
            Hop end = f.path().get(f.path().size() - 1);
            out.printf("    %s -> %s  (%s, %s)%n", name(f.path().get(0)), name(end), f.rule(), f.severity().id());
        }
    }

    private static String name(Hop hop) {
        return hop.name() == null ? hop.key() : hop.name() + " [" + hop.key() + "]";
    }

    public static void json(WhatIfComparison comparison, Writer writer) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("now", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(comparison.now()));
        root.putObject("baseline").put("findings", comparison.baselineFindings()).put("planCost", comparison.baselinePlanCost());
        ArrayNode scenarios = root.putArray("scenarios");
        comparison.scenarios().forEach(d -> scenarios.add(json(d)));
        JSON.writeValue(writer, root);
    }

    private static ObjectNode json(WhatIfDelta d) {
        ObjectNode node = JSON.createObjectNode();
        node.put("scenario", d.scenario());
        node.put("description", d.description());
        node.set("changed", JSON.valueToTree(d.changed()));
        node.putObject("findings").put("before", d.findingsBefore()).put("after", d.findingsAfter());
        node.set("opened", findings(d.opened()));
        node.set("closed", findings(d.closed()));
        ArrayNode severity = node.putArray("severityChanged");
        d.severityChanged().forEach(s -> severity.addObject().put("key", s.finding().key()).put("rule", s.finding().rule())
                .put("before", s.before().id()).put("after", s.after().id()));
        ArrayNode rules = node.putArray("rules");
        d.rules().forEach(r -> rules.addObject().put("rule", r.rule()).put("before", r.before()).put("after", r.after())
                .put("opened", r.opened()).put("closed", r.closed()));
        ObjectNode bypass = node.putObject("bypassPaths");
        bypass.set("opened", findings(d.bypassOpened()));
        bypass.set("closed", findings(d.bypassClosed()));
        ObjectNode plan = node.putObject("plan").put("costBefore", d.planCostBefore()).put("costAfter", d.planCostAfter());
        plan.set("pathsOpened", JSON.valueToTree(d.planPathsOpened().stream().map(p -> p.id()).toList()));
        plan.set("pathsClosed", JSON.valueToTree(d.planPathsClosed().stream().map(p -> p.id()).toList()));
        ObjectNode scores = node.putObject("scores");
        scores.set("organization", score(d.organization()));
        ArrayNode tenants = scores.putArray("tenants");
        d.tenants().forEach(t -> tenants.add(score(t)));
        return node;
    }

    private static ObjectNode score(WhatIfDelta.ScoreChange s) {
        return JSON.createObjectNode().put("key", s.key()).put("name", s.name()).put("before", s.before()).put("after", s.after());
    }

    private static ArrayNode findings(List<Finding> findings) {
        ArrayNode array = JSON.createArrayNode();
        for (Finding f : findings) {
            Hop end = f.path().get(f.path().size() - 1);
            List<String> hops = new ArrayList<>();
            f.path().forEach(h -> hops.add(h.key()));
            ObjectNode node = array.addObject().put("key", f.key()).put("rule", f.rule()).put("severity", f.severity().id())
                    .put("subject", f.subjectKey()).put("subjectName", f.subjectName()).put("tenant", f.tenant())
                    .put("to", end.key()).put("toName", end.name());
            node.set("path", JSON.valueToTree(hops));
        }
        return array;
    }
}
