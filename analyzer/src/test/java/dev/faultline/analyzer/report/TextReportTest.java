package dev.faultline.analyzer.report;

import static dev.faultline.analyzer.report.ReportFixture.REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.plan.RemediationPlan;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.score.RiskScores;

class TextReportTest {

    @Test
    void writesTheSummaryTableEachFindingThePlanAndTheScoreWithLineBreaksInNamesEscaped() {
        assertThat(ReportFormat.TEXT.renderer().render(REPORT)).isEqualTo("""
                Analysis analysis-20261128T181500Z: 4 finding(s)
                  rule                       critical     high   medium      low       ms
                  legacy-auth-bypass                1        0        1        0      120
                  ownerless-exception               0        1        0        1       41
                  break-glass                       0        0        0        0        7

                [critical] legacy-auth-bypass: Ann "The Hacker", Jr.\\nsecond line (acme)
                  key legacy-auth-bypass:00000000000000a1, first seen 2026-11-20T08:00:00Z
                  owner: none (missing, via none)
                  evidence: {protocol=IMAP, identities=3, noActiveOwner=true}
                  fix: Block legacy authentication.
                  standards: PR.AA-03, ID.RA-01

                [high] ownerless-exception: acme/x/ex-2 (acme)
                  key ownerless-exception:00000000000000b2, first seen null
                  owner: Bob, "Bobby" (departed, via exception)
                  evidence: {reasons=[owner departed, a,b "c"], noActiveOwner=true}
                  fix: Assign an owner or remove it.
                  standards: GV.RR-02

                [medium] legacy-auth-bypass: =cmd|' /C calc'!A0 (beta)
                  key legacy-auth-bypass:00000000000000c3, first seen 2026-11-28T18:15:00Z
                  owner: -owner (active, via tenant)
                  evidence: {note=@SUM(1+1)}
                  fix: Block legacy authentication.
                  standards: PR.AA-03, ID.RA-01

                [low] ownerless-exception: +plus\\ttab (beta)
                  key ownerless-exception:00000000000000d4, first seen 2026-11-28T18:15:00Z
                  owner: Olga (active, via exception)
                  evidence: {}
                  fix: Assign an owner or remove it.
                  standards: GV.RR-02

                Remediation plan: 2 cut(s), total cost 5, closing 2 path(s) into critical/high systems; 1 uncuttable
                  [block-legacy-for-population, cost 2] Block IMAP for Ann "The Hacker", Jr.\\nsecond line
                  [remove-exclusion, cost 3] Remove the exclusion

                Organization risk score: 71/100 from 4 finding(s)
                """);
    }

    @Test
    void leavesOutThePlanAndScoreWhileTheyAreEmpty() {
        AnalysisResult bare = new AnalysisResult("analysis-20261128T181500Z", ReportFixture.NOW, List.of(), Map.of(),
                RemediationPlan.EMPTY, new RiskScores(null, List.of(), List.of(), List.of()));
        Report report = new Report(bare, List.of(ReportFixture.BREAK_GLASS), Map.of(), null);
        assertThat(ReportFormat.TEXT.renderer().render(report)).isEqualTo("""
                Analysis analysis-20261128T181500Z: 0 finding(s)
                  rule                       critical     high   medium      low       ms
                  break-glass                       0        0        0        0        0
                """);
    }

    @Test
    void escapesTerminalControlCharacters() {
        assertThat(TextReport.safe("a\u001b[31mb\rc")).isEqualTo("a\\u001b[31mb\\rc");
    }
}
