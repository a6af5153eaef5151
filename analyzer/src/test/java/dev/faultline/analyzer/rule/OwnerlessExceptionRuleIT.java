package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class OwnerlessExceptionRuleIT {

    private static List<Finding> run(String scenario) {
        return Scenario.run("ownerless-exception/" + scenario, new OwnerlessExceptionRule());
    }

    private static List<org.assertj.core.groups.Tuple> tuples(List<Finding> findings) {
        return findings.stream().map(f -> tuple(f.subjectKey(), f.severity(), f.evidence().get("reasons"),
                f.owner().key(), f.owner().status(), f.owner().via(), f.evidence().get("identities"),
                f.evidence().get("privilegedIdentities"), f.evidence().get("nhis"))).toList();
    }

    @Test
    void flagsAnExpiredExclusionOfAdministratorsAsCritical() {
        assertThat(tuples(run("expired-exclusion-of-admins"))).containsExactlyInAnyOrder(
                tuple("t1/x/admins", Severity.CRITICAL, List.of("expired"), "t1/u/carol", "active", "exception", 1L, 1L, 0L));
    }

    @Test
    void flagsAnExclusionWhoseOwnerLeftAndCountsNhisInNestedGroups() {
        assertThat(tuples(run("departed-owner-of-nhi-exclusion"))).containsExactlyInAnyOrder(
                tuple("t1/x/legacy", Severity.HIGH, List.of("owner departed"), "t1/u/dave", "departed", "exception", 2L, 0L, 1L));
    }

    @Test
    void fallsBackToThePolicyOwnerWhenTheExclusionHasNoOwnerApproverOrJustification() {
        assertThat(tuples(run("unowned-falls-back-to-policy-owner"))).containsExactlyInAnyOrder(
                tuple("t1/x/bob", Severity.MEDIUM, List.of("owner missing", "no approver", "no justification"),
                        "t1/u/carol", "active", "policy", 1L, 0L, 0L));
    }

    @Test
    void flagsAnOwnerFromARetiringTenantAndRatesATenantWidePolicyHigh() {
        List<Finding> findings = run("owner-in-retiring-tenant");

        assertThat(tuples(findings)).containsExactlyInAnyOrder(
                tuple("t1/x/bob", Severity.HIGH, List.of("owner tenant retiring"), "t0/u/erin", "active", "exception", 1L, 0L, 0L));
        assertThat(findings.get(0).evidence()).containsEntry("ownerTenantRetiring", true)
                .containsEntry("policy", "Require MFA for all users");
    }

    @Test
    void ignoresGovernedExclusionsAndExclusionsFromPoliciesThatEnforceNothing() {
        assertThat(run("governed-or-not-in-force")).isEmpty();
    }

    @Test
    void pathRunsFromTheExcludedSubjectThroughTheExceptionWhichIsTheWeakLinkToThePolicy() {
        Finding finding = run("departed-owner-of-nhi-exclusion").get(0);

        assertThat(finding.path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak).containsExactly(
                tuple("t1/g/legacy", "Group", "EXEMPTS", false),
                tuple("t1/x/legacy", "Exception", "EXEMPTS_FROM", true),
                tuple("t1/p/mfa-staff", "Policy", null, false));
        assertThat(finding.subjectName()).isEqualTo("Legacy apps excluded from Require MFA for staff");
        assertThat(finding.tenant()).isEqualTo("t1");
        assertThat(finding.standards()).containsExactly("GV.RR-02", "GV.PO-02", "PR.AA-03");
    }

    @Test
    void onlyReportsExceptionsOfTheRequestedTenant() {
        List<Finding> findings = Scenario.run("ownerless-exception/owner-in-retiring-tenant", new OwnerlessExceptionRule(),
                new AnalysisSettings(Scenario.NOW, "t0", 365, 90, 7, 4));

        assertThat(findings).isEmpty();
    }

    @Test
    void keepsTheSameFindingKeyWhenTheScenarioRunsTwice() {
        List<String> first = run("expired-exclusion-of-admins").stream().map(Finding::key).toList();
        List<String> second = run("expired-exclusion-of-admins").stream().map(Finding::key).toList();

        assertThat(second).hasSize(1).isEqualTo(first);
    }
}
