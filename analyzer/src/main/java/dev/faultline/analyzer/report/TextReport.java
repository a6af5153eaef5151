package dev.faultline.analyzer.report;

import java.io.PrintWriter;
import java.io.Writer;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.plan.RemediationPlan;
import dev.faultline.analyzer.rule.RuleInfo;
import dev.faultline.analyzer.score.RiskScore;

/**
 * The report for a terminal: a table of findings per rule and severity with each rule's time, then
 * one paragraph per finding, then the plan and the organization's score when there are any. Control
 * characters in names and evidence are shown escaped ({@code \n}, {@code \u001b}), so a hostile name
 * can neither forge a line nor drive the terminal.
 */
final class TextReport implements ReportRenderer {

    @Override
    public void write(Report report, Writer target) {
        PrintWriter out = new PrintWriter(target);
        out.printf("Analysis %s: %d finding(s)%n", report.result().runId(), report.result().findings().size());
        out.printf("  %-26s %8s %8s %8s %8s %8s%n", "rule", "critical", "high", "medium", "low", "ms");
        for (RuleInfo rule : report.rules()) {
            String id = rule.id();
            out.printf("  %-26s %8d %8d %8d %8d %8d%n", id, report.count(id, Severity.CRITICAL),
                    report.count(id, Severity.HIGH), report.count(id, Severity.MEDIUM), report.count(id, Severity.LOW),
                    report.time(id).toMillis());
        }
        for (Finding f : report.result().findings()) {
            finding(out, f, report);
        }
        plan(out, report.result().plan());
        score(out, report.result().scores().organization());
        out.flush();
    }

    private static void finding(PrintWriter out, Finding f, Report report) {
        out.printf("%n[%s] %s: %s (%s)%n", f.severity().id(), f.rule(),
                safe(f.subjectName() == null ? f.subjectKey() : f.subjectName()), safe(f.tenant()));
        out.printf("  key %s, first seen %s%n", f.key(), report.firstSeenOf(f).map(Report::iso).orElse("null"));
        out.printf("  owner: %s (%s, via %s)%n", f.owner().name() == null ? "none" : safe(f.owner().name()),
                safe(f.owner().status()), safe(f.owner().via()));
        out.printf("  evidence: %s%n  fix: %s%n  standards: %s%n", safe(String.valueOf(f.evidence())),
                safe(f.remediation()), String.join(", ", f.standards()));
    }

    private static void plan(PrintWriter out, RemediationPlan plan) {
        if (plan.paths().isEmpty()) {
            return;
        }
        out.printf("%nRemediation plan: %d cut(s), total cost %d, closing %d path(s) into %s systems; %d uncuttable%n",
                plan.cuts().size(), plan.totalCost(), plan.paths().size() - plan.uncuttable().size(),
                String.join("/", plan.criticality()), plan.uncuttable().size());
        plan.cuts().forEach(cut -> out.printf("  [%s, cost %d] %s%n", cut.kind().id(), cut.cost(), safe(cut.action())));
    }

    private static void score(PrintWriter out, RiskScore organization) {
        if (organization == null || organization.findings() == 0) {
            return;
        }
        out.printf("%nOrganization risk score: %d/100 from %d finding(s)%n", organization.score(),
                organization.findings());
    }

    /** Control characters escaped: a line break in a name shows as {@code \n}. */
    static String safe(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
