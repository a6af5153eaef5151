package dev.faultline.analyzer.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Owner;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.plan.Cut;
import dev.faultline.analyzer.plan.CutKind;
import dev.faultline.analyzer.plan.PlanPath;
import dev.faultline.analyzer.plan.RemediationPlan;
import dev.faultline.analyzer.rule.RuleInfo;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.score.RiskScore;
import dev.faultline.analyzer.score.RiskScores;

/**
 * One hand-built analysis for the renderer tests: four findings (one per severity) whose names are
 * hostile (quotes, commas, line breaks, markup, spreadsheet formulas), a plan with two paths and
 * two cuts, and scores at every level.
 */
final class ReportFixture {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T18:15:00Z");
    static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-11-20T08:00:00Z");

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String QUOTED = "Ann \"The Hacker\", Jr.\nsecond line";
    static final String FORMULA = "=cmd|' /C calc'!A0";

    static final RuleInfo BYPASS = new RuleInfo("legacy-auth-bypass", "Legacy authentication bypasses MFA",
            "Legacy protocols cannot do MFA.", "Block legacy authentication.", List.of("PR.AA-03", "ID.RA-01"));
    static final RuleInfo OWNERLESS = new RuleInfo("ownerless-exception", "MFA exception without an active owner",
            "Nobody reviews it.", "Assign an owner or remove it.", List.of("GV.RR-02"));
    static final RuleInfo BREAK_GLASS = new RuleInfo("break-glass", "Break-glass hygiene",
            "Break-glass accounts bypass everything.", "Cloud-only, custodians, drills.", List.of("PR.AA-01"));

    static final Hop ANN = new Hop("acme/u/ann", "Identity", QUOTED, "acme", "HAS_AUTH_PATH", false);
    static final Hop IMAP = new Hop("acme/ap/imap", "AuthPath", "IMAP, basic", "acme", "ACCESSES", true);
    static final Hop MAIL = new Hop("acme/s/mail", "System", SCRIPT, "acme", null, false);
    static final Hop EXCEPTION = new Hop("acme/x/ex-2", "Exception", null, "acme", null, true);

    static final Finding CRITICAL = new Finding("legacy-auth-bypass:00000000000000a1", "legacy-auth-bypass",
            Severity.CRITICAL, "acme/u/ann", QUOTED, "acme", List.of(ANN, IMAP, MAIL),
            evidence("protocol", "IMAP", "identities", 3, "noActiveOwner", true),
            Owner.MISSING, BYPASS.remediation(), BYPASS.standards());
    static final Finding HIGH = new Finding("ownerless-exception:00000000000000b2", "ownerless-exception",
            Severity.HIGH, "acme/x/ex-2", null, "acme", List.of(EXCEPTION),
            evidence("reasons", List.of("owner departed", "a,b \"c\""), "noActiveOwner", true),
            new Owner("acme/u/bob", "Bob, \"Bobby\"", "departed", "exception"), OWNERLESS.remediation(),
            OWNERLESS.standards());
    static final Finding MEDIUM = new Finding("legacy-auth-bypass:00000000000000c3", "legacy-auth-bypass",
            Severity.MEDIUM, "beta/u/eve", FORMULA, "beta", List.of(), evidence("note", "@SUM(1+1)"),
            new Owner("beta/u/own", "-owner", "active", "tenant"), BYPASS.remediation(), BYPASS.standards());
    static final Finding LOW = new Finding("ownerless-exception:00000000000000d4", "ownerless-exception",
            Severity.LOW, "beta/x/ex-9", "+plus\ttab", "beta", List.of(new Hop("beta/x/ex-9", "Exception", "+plus\ttab",
                    "beta", null, false)), evidence(), new Owner("beta/u/own", "Olga", "active", "exception"),
            OWNERLESS.remediation(), OWNERLESS.standards());

    static final Cut BLOCK = new Cut("block-legacy-for-population:acme/u/ann:acme/ap/imap",
            CutKind.BLOCK_LEGACY_FOR_POPULATION, "acme/u/ann", QUOTED, "acme/ap/imap", "IMAP, basic", "acme", 2,
            "Block IMAP for " + QUOTED, List.of("p1"), List.of(CRITICAL.key()));
    static final Cut EXCLUSION = new Cut("remove-exclusion:acme/x/ex-2:acme/p/mfa", CutKind.REMOVE_EXCLUSION,
            "acme/x/ex-2", null, "acme/p/mfa", SCRIPT, "acme", 3, "Remove the exclusion", List.of("p1", "p2"),
            List.of(CRITICAL.key(), HIGH.key()));
    static final RemediationPlan PLAN = new RemediationPlan(List.of("critical", "high"),
            List.of(new PlanPath("p1", "acme/s/mail", List.of(CRITICAL.key()), List.of(ANN, IMAP, MAIL)),
                    new PlanPath("p2", "acme/s/mail", List.of(HIGH.key()), List.of(EXCEPTION, MAIL)),
                    new PlanPath("p3", "acme/s/mail", List.of(HIGH.key()), List.of(MAIL))),
            List.of(BLOCK, EXCLUSION), 5, List.of(EXCLUSION), List.of("p3"));

    static final RiskScores SCORES = new RiskScores(
            new RiskScore("organization", null, "organization", null, 71, 35.5, 4,
                    Map.of("critical", 1, "high", 1, "medium", 1, "low", 1)),
            List.of(new RiskScore("acme", "Acme <Corp>", "tenant", "acme", 64, 30.0, 2, Map.of("critical", 1, "high", 1)),
                    new RiskScore("beta", "Beta", "tenant", "beta", 12, 5.5, 2, Map.of("medium", 1, "low", 1))),
            List.of(new RiskScore("acme/s/mail", SCRIPT, "system", "acme", 55, 20.0, 1, Map.of("critical", 1))),
            List.of(new RiskScore("acme/u/ann", QUOTED, "identity", "acme", 55, 20.0, 1, Map.of("critical", 1))));

    static final AnalysisResult RESULT = new AnalysisResult("analysis-20261128T181500Z", NOW,
            List.of(CRITICAL, HIGH, MEDIUM, LOW), times(), PLAN, SCORES);

    static final Report REPORT = new Report(RESULT, List.of(BYPASS, OWNERLESS, BREAK_GLASS),
            Map.of(CRITICAL.key(), FIRST, MEDIUM.key(), NOW, LOW.key(), NOW), null);

    private ReportFixture() {
    }

    private static Map<String, Duration> times() {
        Map<String, Duration> times = new LinkedHashMap<>();
        times.put(BYPASS.id(), Duration.ofMillis(120));
        times.put(OWNERLESS.id(), Duration.ofMillis(41));
        times.put(BREAK_GLASS.id(), Duration.ofMillis(7));
        return times;
    }

    private static Map<String, Object> evidence(Object... pairs) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            evidence.put((String) pairs[i], pairs[i + 1]);
        }
        return evidence;
    }
}
