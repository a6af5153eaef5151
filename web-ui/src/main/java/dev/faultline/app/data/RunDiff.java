package dev.faultline.app.data;

import java.util.List;

/**
 * What changed between two analysis runs, by stable finding key; each list worst first, then by
 * rule and key.
 *
 * @param from        the earlier run (A)
 * @param to          the later run (B); ages are measured at its start
 * @param targetDays  the remediation target a finding is overdue after
 * @param added       found by B, not by A: new
 * @param resolved    found by A, not by B
 * @param persisting  found by both
 */
public record RunDiff(AnalysisRunSummary from, AnalysisRunSummary to, int targetDays, List<DiffFinding> added,
        List<DiffFinding> resolved, List<DiffFinding> persisting) {

    public RunDiff {
        added = List.copyOf(added);
        resolved = List.copyOf(resolved);
        persisting = List.copyOf(persisting);
    }
}
