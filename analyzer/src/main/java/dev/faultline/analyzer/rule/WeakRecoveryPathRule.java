package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * Reset or recovery paths into privileged identities that are weaker than the MFA they recover: weak or
 * phishable methods, and help-desk resets, admin resets or Temporary Access Pass issuance that an
 * unprivileged actor can start.
 */
public final class WeakRecoveryPathRule extends PatternRule {

    public WeakRecoveryPathRule() {
        super(new RuleInfo("weak-recovery-path",
                "Recovery path into a privileged identity weaker than its MFA",
                "An attacker does not need to defeat MFA when a weaker way resets it: an SMS or security-question "
                        + "reset, a social-engineered help-desk call, or a Temporary Access Pass issued by a less "
                        + "privileged operator hands over the privileged identity with its MFA replaced.",
                "Exclude privileged identities from self-service and help-desk reset, allow only phishing-resistant "
                        + "recovery methods, and let only equally privileged operators reset them or issue them a "
                        + "Temporary Access Pass.",
                List.of("PR.AA-01", "PR.AA-03", "PR.AA-05")));
    }
}
