package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * MFA exceptions in force whose scope is too wide: a privileged role or group exempted, privileged
 * identities or NHIs covered, more break-glass accounts than allowed, or a group grown beyond the
 * size that was approved.
 */
public final class ExceptionScopeRule extends PatternRule {

    public ExceptionScopeRule() {
        super(new RuleInfo("exception-scope",
                "MFA exception covers privileged identities, NHIs, too many break-glass accounts or more than approved",
                "An exclusion is approved for a few named accounts; when it covers administrators, service "
                        + "identities, a growing group or more emergency accounts than the small monitored set, "
                        + "the most valuable credentials sign in with a password alone.",
                "Narrow the exclusion to the approved break-glass accounts: remove privileged roles and "
                        + "groups from it, move NHIs to workload identity policies, and shrink the group back to "
                        + "its approved size.",
                List.of("PR.AA-05", "PR.AA-03", "GV.PO-02", "NHI4")));
    }
}
