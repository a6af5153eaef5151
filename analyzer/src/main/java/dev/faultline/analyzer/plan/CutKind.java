package dev.faultline.analyzer.plan;

import java.util.Locale;

/** What a cut does; each kind has a documented cost (docs/analyzer.md, "Remediation plan"). */
public enum CutKind {
    /** Rotate (or retire) a stale or leaked credential. */
    ROTATE_CREDENTIAL(1),
    /** Block a legacy protocol for one population (an identity, a group or a tenant). */
    BLOCK_LEGACY_FOR_POPULATION(2),
    /** Remove, or narrow, an MFA exclusion. */
    REMOVE_EXCLUSION(3),
    /** Block a legacy protocol on the system, for everyone. */
    BLOCK_LEGACY_ON_SYSTEM(4),
    /** Stop accepting MFA claims from (or carrying identities over) a trust. */
    STOP_TRUSTING_MFA(5);

    private final int cost;

    CutKind(int cost) {
        this.cost = cost;
    }

    /** The cost of one cut of this kind: the effort and the disruption it stands for. */
    public int cost() {
        return cost;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
