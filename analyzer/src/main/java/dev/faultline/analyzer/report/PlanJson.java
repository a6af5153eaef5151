package dev.faultline.analyzer.report;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.analyzer.plan.Cut;
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

}
