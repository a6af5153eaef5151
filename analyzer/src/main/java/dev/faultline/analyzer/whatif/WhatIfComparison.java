package dev.faultline.analyzer.whatif;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One or more scenarios, each against the same baseline.
 *
 * @param now              the instant both the baseline and the scenarios were analysed at
 * @param baselineFindings findings of the stored graph
 * @param baselinePlanCost the remediation plan's total cost on the stored graph
 * @param scenarios        one delta per scenario, in the order given
 */
public record WhatIfComparison(OffsetDateTime now, int baselineFindings, int baselinePlanCost, List<WhatIfDelta> scenarios) {

    public WhatIfComparison {
        scenarios = List.copyOf(scenarios);
    }
}
