package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * Break-glass accounts that are too many, synced instead of cloud-only, without an active custodian,
 * or used outside drills (a sign-in in the last 30 days: the graph has no drill schedule).
 * Monitoring is not in the graph and is not checked.
 */
public final class BreakGlassRule extends PatternRule {

    public BreakGlassRule() {
        super(new RuleInfo("break-glass",
                "Break-glass account breaks the emergency-access rules",
                "A break-glass account is excluded from MFA and Conditional Access by design. It is acceptable only "
                        + "when few, cloud-only, owned by active custodians and unused outside drills: a synced one "
                        + "falls with the on-premises directory, an unowned one is nobody's to watch, and a used one "
                        + "has become a daily MFA bypass.",
                "Make the account cloud-only (stop syncing it), name an active custodian, investigate any sign-in "
                        + "outside a drill and rotate its credential, and delete the accounts beyond the tenant's limit.",
                List.of("PR.AA-01", "PR.AA-05", "DE.CM-03", "GV.RR-02")));
    }
}
