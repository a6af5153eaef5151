package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * Active non-human identities with no active owner: nobody decides whether they should still
 * exist, rotates their secrets or answers for what they do.
 */
public final class OwnerlessNhiRule extends PatternRule {

    public OwnerlessNhiRule() {
        super(new RuleInfo("ownerless-nhi",
                "Non-human identity without an active owner",
                "A service identity whose owners left or were disabled keeps its roles and secrets with nobody"
                        + " accountable for them: it is not reviewed, not rotated and not offboarded.",
                "Assign an active owner (a person or a team) to the identity, or disable it and revoke its"
                        + " credentials if nobody claims it.",
                List.of("GV.RR-02", "PR.AA-01", "NHI1")));
    }

    /** The finding is the absent owner: its severity already says how bad that is. */
    @Override
    public boolean raisesSeverityWithoutActiveOwner() {
        return false;
    }
}
