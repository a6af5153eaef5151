package dev.faultline.analyzer.whatif;

import java.util.List;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.plan.PlanPath;

/**
 * What one scenario changes against the baseline (same instant, same rules).
 *
 * @param scenario        the scenario's name
 * @param description     its description (may be null)
 * @param changed         per change, what its overlay statement changed (trusts added, identities moved, paths removed...)
 * @param findingsBefore  findings of the baseline
 * @param findingsAfter   findings with the scenario applied
 * @param opened          findings whose key is new, worst first
 * @param closed          findings whose key is gone, worst first
 * @param severityChanged findings present in both with another severity
 * @param rules           findings per rule before and after, for rules with any
 * @param bypassOpened    opened findings of the bypass rules (legacy-auth-bypass, cross-tenant-mfa-trust)
 * @param bypassClosed    closed findings of the bypass rules
 * @param planPathsOpened plan paths into critical systems that are new
 * @param planPathsClosed plan paths that are gone
 * @param organization    the organization score before and after
 * @param tenants         tenant scores before and after, for tenants scored in either
 * @param planCostBefore  the remediation plan's total cost before
 * @param planCostAfter   and after
 */
public record WhatIfDelta(String scenario, String description, List<Long> changed, int findingsBefore, int findingsAfter,
        List<Finding> opened, List<Finding> closed, List<SeverityChange> severityChanged, List<RuleCount> rules,
        List<Finding> bypassOpened, List<Finding> bypassClosed, List<PlanPath> planPathsOpened,
        List<PlanPath> planPathsClosed, ScoreChange organization, List<ScoreChange> tenants, int planCostBefore,
        int planCostAfter) {

    /** The rules whose findings are bypass paths. */
    public static final List<String> BYPASS_RULES = List.of("legacy-auth-bypass", "cross-tenant-mfa-trust");

    public WhatIfDelta {
        changed = List.copyOf(changed);
        opened = List.copyOf(opened);
        closed = List.copyOf(closed);
        severityChanged = List.copyOf(severityChanged);
        rules = List.copyOf(rules);
        bypassOpened = List.copyOf(bypassOpened);
        bypassClosed = List.copyOf(bypassClosed);
        planPathsOpened = List.copyOf(planPathsOpened);
        planPathsClosed = List.copyOf(planPathsClosed);
        tenants = List.copyOf(tenants);
    }

    /** A finding in both analyses with another severity. */
    public record SeverityChange(Finding finding, Severity before, Severity after) {
    }

    /** Findings of one rule before and after, and how many opened and closed. */
    public record RuleCount(String rule, int before, int after, int opened, int closed) {
    }

    /** A score before and after (0 when not scored: no finding counts for it). */
    public record ScoreChange(String key, String name, int before, int after) {
    }
}
