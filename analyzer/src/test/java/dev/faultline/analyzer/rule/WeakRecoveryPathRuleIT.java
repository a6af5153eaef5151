package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class WeakRecoveryPathRuleIT {

    private static final String SCENARIO = "weak-recovery-path/mixed";

    @Test
    void flagsWeakPhishableAndUnprivilegedRecoveryPathsIntoPrivilegedIdentitiesOnly() {
        List<Finding> findings = Scenario.run(SCENARIO, new WeakRecoveryPathRule());

        assertThat(findings)
                .extracting(Finding::subjectKey, Finding::severity, f -> f.evidence().get("privilegedIdentities"),
                        f -> f.evidence().get("unprivilegedActors"), f -> f.owner().key(), f -> f.owner().status(),
                        f -> f.owner().via())
                .containsExactlyInAnyOrder(
                        tuple("t1/rp/admin-sms", Severity.CRITICAL, List.of("t1/u/admin"), List.of(),
                                "t1/u/ciso", "active", "tenant"),
                        tuple("t1/rp/ga-helpdesk", Severity.HIGH, List.of("t1/u/admin", "t1/u/groupadmin"),
                                List.of("t1/r/helpdesk"), "t1/u/sec", "departed", "subject"),
                        tuple("t1/rp/admins-authenticator", Severity.HIGH, List.of("t1/u/groupadmin"), List.of(),
                                "t1/u/ciso", "active", "tenant"),
                        tuple("t1/rp/da-helpdesk", Severity.CRITICAL, List.of("t1/u/da"), List.of("t1/u/hd"),
                                "t1/u/ciso", "active", "tenant"));
    }

    @Test
    void pathRunsFromTheActorThroughTheRecoveryPathToItsTarget() {
        List<Finding> findings = Scenario.run(SCENARIO, new WeakRecoveryPathRule());

        assertThat(find(findings, "t1/rp/ga-helpdesk").path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak)
                .containsExactly(
                        tuple("t1/r/helpdesk", "Role", "CAN_INITIATE", true),
                        tuple("t1/rp/ga-helpdesk", "RecoveryPath", "RECOVERS", true),
                        tuple("t1/r/ga", "Role", null, false));
        assertThat(find(findings, "t1/rp/admin-sms").path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak)
                .containsExactly(
                        tuple("t1/rp/admin-sms", "RecoveryPath", "RECOVERS", true),
                        tuple("t1/u/admin", "Identity", null, false));
        assertThat(find(findings, "t1/rp/admin-sms").evidence())
                .containsEntry("method", "sspr-sms").containsEntry("strength", "weak").containsEntry("privilegedReached", 1L);
        assertThat(find(findings, "t1/rp/admin-sms").standards()).containsExactly("PR.AA-01", "PR.AA-03", "PR.AA-05");
    }

    @Test
    void onlyReportsRecoveryPathsOfTheRequestedTenant() {
        assertThat(Scenario.run(SCENARIO, new WeakRecoveryPathRule(),
                new AnalysisSettings(Scenario.NOW, "t2", 365, 90, 7, 4))).isEmpty();
    }

    @Test
    void keepsTheSameFindingKeysWhenTheScenarioRunsTwice() {
        List<String> first = Scenario.run(SCENARIO, new WeakRecoveryPathRule()).stream().map(Finding::key).sorted().toList();
        List<String> second = Scenario.run(SCENARIO, new WeakRecoveryPathRule()).stream().map(Finding::key).sorted().toList();

        assertThat(second).hasSize(4).doesNotHaveDuplicates().isEqualTo(first);
    }

    private static Finding find(List<Finding> findings, String subject) {
        return findings.stream().filter(f -> f.subjectKey().equals(subject)).findFirst().orElseThrow();
    }
}
