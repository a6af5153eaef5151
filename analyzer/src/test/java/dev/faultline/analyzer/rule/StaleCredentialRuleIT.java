package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class StaleCredentialRuleIT {

    private static final String SCENARIO = "stale-credential/mixed";

    @Test
    void flagsEachStaleSecretOfANonHumanIdentityWithItsReasonsSeverityAndOwner() {
        List<Finding> findings = Scenario.run(SCENARIO, new StaleCredentialRule());

        assertThat(findings)
                .extracting(Finding::subjectKey, Finding::severity, f -> f.evidence().get("reasons"),
                        f -> f.owner().key(), f -> f.owner().status(), f -> f.owner().via())
                .containsExactlyInAnyOrder(
                        tuple("t1/c/expired", Severity.HIGH, List.of("expired"), "t1/u/alice", "active", "subject"),
                        tuple("t1/c/rotated-long-ago", Severity.HIGH, List.of("too-old"), "t1/u/alice", "active", "subject"),
                        tuple("t1/c/old-key", Severity.MEDIUM, List.of("too-old", "never-rotated"), "t1/u/carol", "active", "tenant"),
                        tuple("t1/c/leaked", Severity.CRITICAL, List.of("leaked"), "t1/u/carol", "active", "tenant"),
                        tuple("t1/c/unused", Severity.MEDIUM, List.of("unused"), "t1/u/dave", "departed", "subject"),
                        tuple("t1/c/forever", Severity.LOW, List.of("long-lived"), "t1/u/carol", "active", "tenant"),
                        tuple("t2/c/old-access-key", Severity.MEDIUM, List.of("too-old"), null, "missing", "none"));
    }

    @Test
    void pathRunsFromTheIdentityToTheCredentialWhichIsTheWeakLink() {
        Finding expired = Scenario.run(SCENARIO, new StaleCredentialRule()).stream()
                .filter(f -> f.subjectKey().equals("t1/c/expired")).findFirst().orElseThrow();

        assertThat(expired.path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak).containsExactly(
                tuple("t1/n/build-bot", "Identity", "HAS_CREDENTIAL", false),
                tuple("t1/c/expired", "Credential", null, true));
        assertThat(expired.subjectName()).isEqualTo("build-bot client-secret");
        assertThat(expired.tenant()).isEqualTo("t1");
        assertThat(expired.standards()).containsExactly("PR.AA-01", "ID.RA-01", "NHI2", "NHI7");
    }

    @Test
    void onlyReportsCredentialsOfTheRequestedTenant() {
        List<Finding> findings = Scenario.run(SCENARIO, new StaleCredentialRule(),
                new AnalysisSettings(Scenario.NOW, "t2", 365, 90, 7, 4));

        assertThat(findings).extracting(Finding::subjectKey).containsExactly("t2/c/old-access-key");
    }

    @Test
    void honoursTheThresholdsItIsGiven() {
        List<Finding> findings = Scenario.run(SCENARIO, new StaleCredentialRule(),
                new AnalysisSettings(Scenario.NOW, "t1", 2000, 200, 30, 4));

        assertThat(findings).extracting(Finding::subjectKey, f -> f.evidence().get("reasons"))
                .containsExactlyInAnyOrder(
                        tuple("t1/c/expired", List.of("expired")),
                        tuple("t1/c/forever", List.of("long-lived")));
    }

    @Test
    void keepsTheSameFindingKeysWhenTheScenarioRunsTwice() {
        List<String> first = Scenario.run(SCENARIO, new StaleCredentialRule()).stream().map(Finding::key).sorted().toList();
        List<String> second = Scenario.run(SCENARIO, new StaleCredentialRule()).stream().map(Finding::key).sorted().toList();

        assertThat(second).hasSize(7).isEqualTo(first);
    }
}
