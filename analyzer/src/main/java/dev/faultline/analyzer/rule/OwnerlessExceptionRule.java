package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * MFA exceptions in force that nobody answers for: owner missing, disabled, departed or in a
 * retiring tenant; no approver; no justification; or expired yet still exempting. The evidence
 * counts the identities, privileged identities and NHIs the exception covers.
 */
public final class OwnerlessExceptionRule extends PatternRule {

    public OwnerlessExceptionRule() {
        super(new RuleInfo("ownerless-exception",
                "MFA exception without an accountable owner, approval or justification, or expired",
                "An exclusion from an MFA policy that no active owner answers for, that nobody approved or "
                        + "justified, or that outlived its expiry keeps identities signing in without MFA "
                        + "long after anyone remembers why; nobody reviews it or notices when its group grows.",
                "Assign an active owner in a live tenant, record the approver and justification, and "
                        + "remove the exclusion from the policy if it expired or nobody will own it.",
                List.of("GV.RR-02", "GV.PO-02", "PR.AA-03")));
    }
}
