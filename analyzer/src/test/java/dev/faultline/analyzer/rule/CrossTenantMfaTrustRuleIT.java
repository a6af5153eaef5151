package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class CrossTenantMfaTrustRuleIT {

    private static List<Finding> run(String scenario) {
        return Scenario.run("cross-tenant-mfa-trust/" + scenario, new CrossTenantMfaTrustRule());
    }

    /** Subject, trust, severity, trusted tenant, policiesKnown, MFA policies, identities, uncovered, owner. */
    private static List<Tuple> tuples(List<Finding> findings) {
        return findings.stream().map(f -> tuple(f.subjectKey(), f.evidence().get("trust"), f.severity(),
                f.evidence().get("trustedTenantKey"), f.evidence().get("policiesKnown"), f.evidence().get("mfaPolicies"),
                f.evidence().get("identities"), f.evidence().get("uncoveredIdentities"),
                f.owner().key(), f.owner().status(), f.owner().via())).toList();
    }

    @Test
    void flagsAnAcquiredOktaWhoseOnlyMfaPolicyCoversAGroupAsCriticalForATenantWithCriticalSystems() {
        List<Finding> findings = run("unenforced-acquired-okta");

        assertThat(tuples(findings)).containsExactlyInAnyOrder(
                tuple("t0", "t0/trust/globex", Severity.CRITICAL, "t1", true, List.of("MFA for admins"), 3L, 2L,
                        "t0/u/olivia", "active", "tenant"));
        assertThat(findings.get(0).evidence())
                .containsEntry("tenantWideMfa", false)
                .containsEntry("mfaAccepted", true)
                .containsEntry("trustKind", "okta-idp")
                .containsEntry("trustedKind", "okta")
                .containsEntry("trustedAcquired", true)
                .containsEntry("privilegedCrossers", 1L)
                .containsEntry("criticalSystems", 1L)
                .containsEntry("reversed", false);
    }

    @Test
    void ignoresATrustedTenantThatRequiresMfaOfAllItsUsers() {
        assertThat(run("enforced-acquired-okta")).isEmpty();
    }

    @Test
    void ignoresATrustThatDoesNotAcceptMfaClaims() {
        assertThat(run("mfa-claims-not-accepted")).isEmpty();
    }

    @Test
    void flagsATrustedTenantWithoutKnownPoliciesOneStepLower() {
        assertThat(tuples(run("trusted-tenant-without-policies"))).containsExactlyInAnyOrder(
                tuple("t0", "t0/trust/globex", Severity.MEDIUM, "t1", false, List.of(), 2L, 2L, null, "missing", "none"));
    }

    @Test
    void readsATwoWayTrustInBothDirectionsAndAnAdTenantAsNeverEnforcingMfa() {
        assertThat(tuples(run("two-way-and-ad-trusts"))).containsExactlyInAnyOrder(
                tuple("t0", "t0/trust/initech", Severity.HIGH, "t3", true, List.of(), 1L, 1L, "t0/u/olivia", "active", "tenant"),
                tuple("t3", "t0/trust/initech", Severity.HIGH, "t0", true, List.of("Require MFA for admins"), 2L, 1L,
                        "t3/u/ian", "departed", "tenant"),
                tuple("t0", "t0/trust/globex-ad", Severity.HIGH, "t2", true, List.of(), 2L, 2L, "t0/u/olivia", "active", "tenant"));
    }

    @Test
    void pathRunsFromTheTrustingTenantOverTheWeakTrustToTheTrustedTenant() {
        Finding finding = run("unenforced-acquired-okta").get(0);

        assertThat(finding.path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak).containsExactly(
                tuple("t0", "Tenant", "TRUSTS", true),
                tuple("t1", "Tenant", null, false));
        assertThat(finding.subjectName()).isEqualTo("Acme Entra accepts MFA claims from Globex Okta");
        assertThat(finding.tenant()).isEqualTo("t0");
        assertThat(finding.standards()).containsExactly("PR.AA-04", "PR.AA-03", "GV.PO-02");
    }

    @Test
    void onlyReportsTrustsOfTheRequestedTrustingTenant() {
        List<Finding> findings = Scenario.run("cross-tenant-mfa-trust/two-way-and-ad-trusts", new CrossTenantMfaTrustRule(),
                new AnalysisSettings(Scenario.NOW, "t3", 365, 90, 7, 4));

        assertThat(findings).extracting(Finding::subjectKey, f -> f.evidence().get("trust"), f -> f.evidence().get("reversed"))
                .containsExactly(tuple("t3", "t0/trust/initech", true));
    }

    @Test
    void keepsTheSameFindingKeysWhenTheScenarioRunsTwice() {
        List<String> first = run("two-way-and-ad-trusts").stream().map(Finding::key).sorted().toList();
        List<String> second = run("two-way-and-ad-trusts").stream().map(Finding::key).sorted().toList();

        assertThat(second).hasSize(3).doesNotHaveDuplicates().isEqualTo(first);
    }
}
