package dev.faultline.analyzer.plan;

import java.util.List;

import dev.faultline.analyzer.finding.Hop;

/**
 * One bypass path into a critical system.
 *
 * @param id       stable: a hash of its node keys
 * @param system   the critical system it ends at
 * @param findings keys of the findings it comes from
 * @param hops     its hops, weak links marked
 */
public record PlanPath(String id, String system, List<String> findings, List<Hop> hops) {

    public PlanPath {
        findings = List.copyOf(findings);
        hops = List.copyOf(hops);
    }
}
