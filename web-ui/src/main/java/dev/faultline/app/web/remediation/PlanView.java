package dev.faultline.app.web.remediation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.faultline.analyzer.plan.Cut;
import dev.faultline.analyzer.plan.CutKind;
import dev.faultline.analyzer.plan.PlanPath;
import dev.faultline.analyzer.plan.RemediationPlan;

/**
 * A stored remediation plan as the page shows it: the figures at the top, and every list capped so a
 * plan of a million identities (tens of thousands of paths) renders in a page a browser can hold.
 *
 * @param run           the analysis run that stored the plan
 * @param plan          the plan
 * @param criticalSystems distinct systems the paths end at
 * @param pathsClosed   paths the cuts close (all but the uncuttable)
 * @param findings      distinct findings the cuts close
 * @param page          the page of cuts shown, 0-based
 * @param pages         pages of {@value #CUTS_PER_PAGE} cuts (at least one)
 * @param cuts          the minimum cut's cuts on that page, each with its first paths and findings
 * @param chokePoints   the first {@value #MAX_CHOKE_POINTS} choke points, most paths first
 * @param uncuttable    the first {@value #MAX_UNCUTTABLE} uncuttable paths
 */
public record PlanView(String run, RemediationPlan plan, long criticalSystems, int pathsClosed, int findings, int page, int pages,
        List<CutView> cuts,
        List<ChokePoint> chokePoints, List<PlanPath> uncuttable) {

    static final int CUTS_PER_PAGE = 50;
    static final int PATHS_PER_CUT = 10;
    static final int FINDINGS_PER_CUT = 25;
    static final int MAX_CHOKE_POINTS = 25;
    static final int MAX_UNCUTTABLE = 25;
    static final List<CutKind> KINDS = Arrays.asList(CutKind.values());

    /** @param page the page of cuts to show, 0-based; beyond the last, the last */
    static PlanView of(String run, RemediationPlan plan, int page) {
        Map<String, PlanPath> paths = plan.paths().stream()
                .collect(Collectors.toMap(PlanPath::id, Function.identity(), (a, b) -> a));
        Set<String> cutIds = plan.cuts().stream().map(Cut::id).collect(Collectors.toSet());
        Set<String> closedFindings = new HashSet<>();
        plan.cuts().forEach(c -> closedFindings.addAll(c.findings()));
        int pages = Math.max(1, (plan.cuts().size() + CUTS_PER_PAGE - 1) / CUTS_PER_PAGE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        return new PlanView(run, plan, plan.paths().stream().map(PlanPath::system).distinct().count(),
                plan.paths().size() - plan.uncuttable().size(), closedFindings.size(), shown, pages,
                plan.cuts().stream().skip((long) shown * CUTS_PER_PAGE).limit(CUTS_PER_PAGE).map(c -> CutView.of(c, paths)).toList(),
                plan.chokePoints().stream().limit(MAX_CHOKE_POINTS).map(c -> new ChokePoint(c, cutIds.contains(c.id()))).toList(),
                plan.uncuttable().stream().limit(MAX_UNCUTTABLE).map(paths::get).filter(Objects::nonNull).toList());
    }

    /** The number of the first cut on this page, from 1. */
    public int firstCut() {
        return page * CUTS_PER_PAGE + 1;
    }

    /** Choke points beyond those shown. */
    public int moreChokePoints() {
        return plan.chokePoints().size() - chokePoints.size();
    }

    /** Uncuttable paths beyond those shown. */
    public int moreUncuttable() {
        return plan.uncuttable().size() - uncuttable.size();
    }

    /**
     * One cut with what the page lists of it.
     *
     * @param paths    its first {@value #PATHS_PER_CUT} paths
     * @param findings its first {@value #FINDINGS_PER_CUT} findings' keys
     */
    public record CutView(Cut cut, List<PlanPath> paths, List<String> findings) {

        static CutView of(Cut cut, Map<String, PlanPath> paths) {
            return new CutView(cut, cut.paths().stream().limit(PATHS_PER_CUT).map(paths::get).filter(Objects::nonNull).toList(),
                    cut.findings().stream().limit(FINDINGS_PER_CUT).toList());
        }

        public int morePaths() {
            return cut.paths().size() - paths.size();
        }

        public int moreFindings() {
            return cut.findings().size() - findings.size();
        }
    }

    /** @param inPlan whether the minimum cut makes this cut too */
    public record ChokePoint(Cut cut, boolean inPlan) {
    }
}
