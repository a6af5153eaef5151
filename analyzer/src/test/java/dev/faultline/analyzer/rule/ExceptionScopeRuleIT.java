package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Severity;

class ExceptionScopeRuleIT {

    private static List<Finding> run(String scenario) {
        return Scenario.run("exception-scope/" + scenario, new ExceptionScopeRule());
    }

    private static List<Tuple> tuples(List<Finding> findings) {
        return findings.stream().map(f -> tuple(f.subjectKey(), f.severity(), f.evidence().get("reasons"),
                f.owner().key(), f.owner().status(), f.owner().via(), f.evidence().get("identities"),
                f.evidence().get("privilegedIdentities"), f.evidence().get("breakGlass"), f.evidence().get("nhis"))).toList();
    }

    @Test
    void flagsAnExclusionOfAPrivilegedRoleAndItsHolders() {
        assertThat(tuples(run("privileged-role-exempted"))).containsExactlyInAnyOrder(
                tuple("t1/x/ga", Severity.HIGH, List.of("privileged role", "privileged identities"),
                        "t1/u/carol", "active", "exception", 1L, 1L, 0L, 0L));
    }

    @Test
    void flagsMoreBreakGlassAccountsThanAllowedButNotASmallSet() {
        assertThat(tuples(run("too-many-break-glass"))).containsExactlyInAnyOrder(
                tuple("t1/x/bg", Severity.HIGH, List.of("break-glass beyond limit"),
                        "t1/u/carol", "active", "exception", 5L, 0L, 5L, 0L));
    }

    @Test
    void allowsMoreBreakGlassAccountsWhenTheLimitIsRaised() {
        List<Finding> findings = Scenario.run("exception-scope/too-many-break-glass", new ExceptionScopeRule(),
                new AnalysisSettings(Scenario.NOW, null, 365, 90, 7, 5));

        assertThat(findings).isEmpty();
    }

    @Test
    void flagsAGroupGrownBeyondItsApprovalThatNowHoldsAnNhi() {
        List<Finding> findings = run("group-grown-with-nhi");

        assertThat(tuples(findings)).containsExactlyInAnyOrder(
                tuple("t1/x/legacy", Severity.MEDIUM, List.of("NHIs", "group grown"),
                        "t1/u/dave", "departed", "policy", 3L, 0L, 0L, 1L));
        assertThat(findings.get(0).evidence()).containsEntry("approvedSize", 1L);
    }

    @Test
    void ignoresNarrowExclusionsAndExclusionsFromDisabledPolicies() {
        assertThat(run("narrow-or-not-in-force")).isEmpty();
    }

    @Test
    void keepsTheSameFindingKeyWhenTheScenarioRunsTwice() {
        List<String> first = run("privileged-role-exempted").stream().map(Finding::key).toList();
        List<String> second = run("privileged-role-exempted").stream().map(Finding::key).toList();

        assertThat(second).hasSize(1).isEqualTo(first);
    }
}
