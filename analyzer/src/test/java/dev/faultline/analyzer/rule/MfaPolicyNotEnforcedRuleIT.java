package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class MfaPolicyNotEnforcedRuleIT {

    private static List<Finding> run(String scenario) {
        return Scenario.run("mfa-policy-not-enforced/" + scenario, new MfaPolicyNotEnforcedRule());
    }

    private static List<Tuple> tuples(List<Finding> findings) {
        return findings.stream().map(f -> tuple(f.subjectKey(), f.severity(), f.evidence().get("state"),
                f.evidence().get("scope"), f.evidence().get("systems"), f.evidence().get("systemCount"),
                f.evidence().get("highestCriticality"), f.owner().key(), f.owner().status(), f.owner().via())).toList();
    }

    @Test
    void flagsAReportOnlyPolicyThatACriticalSystemReliesOn() {
        assertThat(tuples(run("report-only-policy-on-critical-system"))).containsExactlyInAnyOrder(
                tuple("t1/p/erp-mfa", Severity.CRITICAL, "report-only", "systems", List.of("ERP", "Wiki"), 2L,
                        "critical", "t1/u/dave", "departed", "subject"));
    }

    @Test
    void flagsADisabledAllAppsPolicyForTheTenantsSystemsThatRequireMfa() {
        assertThat(tuples(run("disabled-all-apps-policy"))).containsExactlyInAnyOrder(
                tuple("t1/p/all-mfa", Severity.MEDIUM, "disabled", "all-apps", List.of("Wiki"), 1L,
                        "low", "t1/u/carol", "active", "tenant"));
    }

    @Test
    void ignoresEnforcedPoliciesNonMfaControlsAndSystemsThatDoNotRequireMfa() {
        assertThat(run("enforced-or-nothing-relies")).isEmpty();
    }

    @Test
    void pathIsThePolicyAsTheWeakLink() {
        Finding finding = run("report-only-policy-on-critical-system").get(0);

        assertThat(finding.path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak)
                .containsExactly(tuple("t1/p/erp-mfa", "Policy", null, true));
        assertThat(finding.subjectName()).isEqualTo("Require MFA for ERP");
        assertThat(finding.standards()).containsExactly("GV.PO-02", "PR.AA-03");
    }

    @Test
    void keepsTheSameFindingKeyWhenTheScenarioRunsTwice() {
        List<String> first = run("disabled-all-apps-policy").stream().map(Finding::key).toList();
        List<String> second = run("disabled-all-apps-policy").stream().map(Finding::key).toList();

        assertThat(second).hasSize(1).isEqualTo(first);
    }
}
