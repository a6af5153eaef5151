package dev.faultline.analyzer.plan;

import java.util.List;

/**
 * The minimum-cost set of cuts that closes every bypass path into the critical systems, and the
 * choke points.
 *
 * @param criticality  the criticalities counted as critical systems (e.g. critical, high)
 * @param paths        every bypass path into a critical system
 * @param cuts         the minimum cut: cheapest set of fixes that closes every cuttable path
 * @param totalCost    the sum of the cuts' costs
 * @param chokePoints  every cuttable element on two or more paths, most paths closed first
 * @param uncuttable   ids of paths with no element a fix can remove (reported, not planned)
 */
public record RemediationPlan(List<String> criticality, List<PlanPath> paths, List<Cut> cuts, int totalCost,
        List<Cut> chokePoints, List<String> uncuttable) {

    public static final RemediationPlan EMPTY = new RemediationPlan(List.of(), List.of(), List.of(), 0, List.of(), List.of());

    public RemediationPlan {
        criticality = List.copyOf(criticality);
        paths = List.copyOf(paths);
        cuts = List.copyOf(cuts);
        chokePoints = List.copyOf(chokePoints);
        uncuttable = List.copyOf(uncuttable);
    }
}
