package dev.faultline.app.web.whatif;

import java.util.List;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.whatif.WhatIfComparison;
import dev.faultline.analyzer.whatif.WhatIfDelta;

/**
 * A comparison as the page shows it: per scenario, the counts and the findings as plain rows.
 *
 * @param now              the instant every analysis treated as now, as text
 * @param baselineFindings findings of the stored graph
 * @param scenarios        one column per scenario, in the order given
 */
record WhatIfView(String now, int baselineFindings, int baselinePlanCost, List<Scenario> scenarios) {

    static WhatIfView of(WhatIfComparison comparison) {
        return new WhatIfView(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(comparison.now()),
                comparison.baselineFindings(), comparison.baselinePlanCost(),
                comparison.scenarios().stream().map(Scenario::of).toList());
    }

    /**
     * One scenario's delta; {@code rules} and {@code tenants} keep only what changed.
     *
     * @param changesApplied per change, how many nodes or relationships its statement changed
     */
    record Scenario(String name, String description, List<Long> changesApplied, int findingsBefore, int findingsAfter,
            List<Row> opened, List<Row> closed, List<WhatIfDelta.SeverityChange> severityChanged,
            List<WhatIfDelta.RuleCount> rules, List<Row> bypassOpened, List<Row> bypassClosed,
            WhatIfDelta.ScoreChange organization, List<WhatIfDelta.ScoreChange> tenants, int planCostBefore,
            int planCostAfter, int planPathsOpened, int planPathsClosed) {

        static Scenario of(WhatIfDelta d) {
            return new Scenario(d.scenario(), d.description(), d.changed(), d.findingsBefore(), d.findingsAfter(),
                    rows(d.opened()), rows(d.closed()), d.severityChanged(),
                    d.rules().stream().filter(r -> r.opened() > 0 || r.closed() > 0).toList(),
                    rows(d.bypassOpened()), rows(d.bypassClosed()), d.organization(),
                    d.tenants().stream().filter(t -> t.before() != t.after()).toList(), d.planCostBefore(),
                    d.planCostAfter(), d.planPathsOpened().size(), d.planPathsClosed().size());
        }
    }

    /**
     * A finding: its subject and where its path ends (the system, or the trusted tenant).
     *
     * @param severity the severity's id
     */
    record Row(String key, String rule, String severity, String subject, String subjectName, String tenant, String to,
            String toName) {

        static Row of(Finding f) {
            Hop end = f.path().get(f.path().size() - 1);
            return new Row(f.key(), f.rule(), f.severity().id(), f.subjectKey(), f.subjectName(), f.tenant(), end.key(),
                    end.name());
        }
    }

    private static List<Row> rows(List<Finding> findings) {
        return findings.stream().map(Row::of).toList();
    }
}
