package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * MFA policies (require MFA, an authentication strength, or block) that are report-only or
 * disabled while systems whose owners require MFA fall in their scope.
 */
public final class MfaPolicyNotEnforcedRule extends PatternRule {

    public MfaPolicyNotEnforcedRule() {
        super(new RuleInfo("mfa-policy-not-enforced",
                "MFA policy is report-only or disabled while systems rely on it",
                "A report-only or disabled policy enforces nothing: the systems its owners believe are "
                        + "protected by MFA accept a password alone.",
                "Switch the policy to enabled after reviewing its report-only sign-in results, or scope an "
                        + "enabled MFA policy to the relying systems.",
                List.of("GV.PO-02", "PR.AA-03")));
    }
}
