package dev.faultline.analyzer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.plan.Cut;
import dev.faultline.analyzer.plan.CutKind;
import dev.faultline.analyzer.plan.PlanPath;
import dev.faultline.analyzer.plan.RemediationPlan;

/**
 * A remediation plan as JSON: the {@code plan} object of the JSON report
 * (docs/analysis-report.md), also stored on each analysis run as {@code planJson} for the UI and the
 * evidence pack.
 */
public final class PlanJson {

    private PlanJson() {
    }

    /** The plan as a JSON string. */
    public static String write(RemediationPlan plan) {
        return tree(plan).toString();
    }

    /** The plan as the JSON report writes it, and as an analysis run stores it ({@code planJson}). */
    public static ObjectNode tree(RemediationPlan plan) {
        ObjectNode json = JsonTrees.MAPPER.createObjectNode();
        json.set("criticality", JsonTrees.strings(plan.criticality()));
        ArrayNode paths = json.putArray("paths");
        for (PlanPath path : plan.paths()) {
            ObjectNode p = paths.addObject();
            p.put("id", path.id());
            p.put("system", path.system());
            p.set("findings", JsonTrees.strings(path.findings()));
            p.set("hops", JsonTrees.hops(path.hops()));
        }
        json.set("cuts", cuts(plan.cuts()));
        json.put("totalCost", plan.totalCost());
        json.set("chokePoints", cuts(plan.chokePoints()));
        json.set("uncuttable", JsonTrees.strings(plan.uncuttable()));
        return json;
    }

    private static ArrayNode cuts(List<Cut> cuts) {
        ArrayNode json = JsonTrees.MAPPER.createArrayNode();
        for (Cut cut : cuts) {
            ObjectNode c = json.addObject();
            c.put("id", cut.id());
            c.put("kind", cut.kind().id());
            c.put("fromKey", cut.fromKey());
            c.put("fromName", cut.fromName());
            c.put("toKey", cut.toKey());
            c.put("toName", cut.toName());
            c.put("tenant", cut.tenant());
            c.put("cost", cut.cost());
            c.put("action", cut.action());
            c.set("paths", JsonTrees.strings(cut.paths()));
            c.set("findings", JsonTrees.strings(cut.findings()));
        }
        return json;
    }

    /**
     * Reads a plan {@link #write} wrote.
     *
     * @throws IllegalArgumentException when {@code json} is not such a plan
     */
    public static RemediationPlan read(String json) {
        try {
            JsonNode plan = JsonTrees.MAPPER.readTree(json);
            List<PlanPath> paths = new ArrayList<>();
            for (JsonNode p : plan.path("paths")) {
                List<Hop> hops = new ArrayList<>();
                for (JsonNode h : p.path("hops")) {
                    hops.add(new Hop(text(h, "key"), text(h, "label"), text(h, "name"), text(h, "tenant"), text(h, "edge"),
                            h.path("weak").asBoolean()));
                }
                paths.add(new PlanPath(text(p, "id"), text(p, "system"), strings(p.path("findings")), hops));
            }
            return new RemediationPlan(strings(plan.path("criticality")), paths, readCuts(plan.path("cuts")),
                    plan.path("totalCost").asInt(), readCuts(plan.path("chokePoints")), strings(plan.path("uncuttable")));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("Not a stored remediation plan: " + e.getMessage(), e);
        }
    }

    private static List<Cut> readCuts(JsonNode cuts) {
        List<Cut> read = new ArrayList<>();
        for (JsonNode c : cuts) {
            read.add(new Cut(text(c, "id"), CutKind.valueOf(text(c, "kind").toUpperCase(Locale.ROOT).replace('-', '_')),
                    text(c, "fromKey"), text(c, "fromName"), text(c, "toKey"), text(c, "toName"), text(c, "tenant"),
                    c.path("cost").asInt(), text(c, "action"), strings(c.path("paths")), strings(c.path("findings"))));
        }
        return read;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
