package dev.faultline.analyzer.rule;

import java.util.List;

import dev.faultline.analyzer.finding.Finding;

/** One analyzer rule. Implementations are registered in {@link Rules}. */
public interface Rule {

    RuleInfo info();

    /**
     * Whether the analysis raises a finding's severity one step when no accountable owner is
     * active. False for a rule whose finding is the absent owner itself, which would otherwise be
     * raised for its own premise.
     */
    default boolean raisesSeverityWithoutActiveOwner() {
        return true;
    }

    /** The findings on the graph as it is now; owners resolved, severity not yet adjusted for them. */
    List<Finding> run(GraphReader graph, AnalysisSettings settings);
}
