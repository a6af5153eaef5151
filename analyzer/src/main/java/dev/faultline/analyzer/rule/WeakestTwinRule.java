package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * The same person or workload, linked across tenants, protected by MFA (or with legacy authentication
 * blocked) in one tenant and not in another: the weaker twin is the way in.
 */
public final class WeakestTwinRule extends PatternRule {

    public WeakestTwinRule() {
        super(new RuleInfo("weakest-twin",
                "Linked identity weaker than its twin in another tenant",
                "An attacker picks the weakest account of a person or workload: the twin without MFA, or with "
                        + "legacy authentication allowed, opens what the protected twin's owners believe is behind "
                        + "MFA, often through a trust or a synced link back to the strong side.",
                "Bring the weak twin to the strong twin's level: register MFA and cover it with a policy that "
                        + "requires it, and block legacy authentication for it; or disable the twin if it is no longer needed.",
                List.of("PR.AA-03", "PR.AA-01")));
    }
}
