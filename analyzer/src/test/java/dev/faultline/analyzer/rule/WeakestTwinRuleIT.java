package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class WeakestTwinRuleIT {

    private static final String SCENARIO = "weakest-twin/mixed";

    @Test
    void flagsTheTwinWithoutMfaOrWithLegacyAuthWhenItsLinkedTwinIsProtected() {
        List<Finding> findings = Scenario.run(SCENARIO, new WeakestTwinRule());

        assertThat(findings)
                .extracting(Finding::subjectKey, f -> f.path().get(0).key(), Finding::severity,
                        f -> f.evidence().get("reasons"), f -> f.owner().key(), f -> f.owner().status(),
                        f -> f.owner().via())
                .containsExactlyInAnyOrder(
                        tuple("t2/u/ann", "t1/u/ann", Severity.HIGH, List.of("mfa"), "t2/u/mgr", "disabled", "subject"),
                        tuple("t3/u/ben", "t1/u/ben", Severity.MEDIUM, List.of("legacy-auth"), "t3/u/it", "active", "tenant"),
                        tuple("t3/u/cat", "t1/u/cat", Severity.MEDIUM, List.of("mfa"), "t3/u/it", "active", "tenant"),
                        tuple("t3/u/eve", "t1/u/eve", Severity.HIGH, List.of("mfa"), "t3/u/it", "active", "tenant"),
                        tuple("t3/u/gus", "t1/u/gus", Severity.MEDIUM, List.of("mfa"), "t3/u/it", "active", "tenant"),
                        tuple("t1/u/gus", "t3/u/gus", Severity.MEDIUM, List.of("legacy-auth"), null, "missing", "none"),
                        tuple("t3/u/hal", "t1/u/hal", Severity.MEDIUM, List.of("mfa"), "t3/u/it", "active", "tenant"));
    }

    @Test
    void reportsEveryLinkBetweenTheTwinsOnceWithTheLinksAndBothSidesInEvidence() {
        Finding ann = find(Scenario.run(SCENARIO, new WeakestTwinRule()), "t2/u/ann");

        assertThat(ann.evidence())
                .containsEntry("tenant", "t2").containsEntry("strongTenant", "t1")
                .containsEntry("weakMfaRegistered", false).containsEntry("strongMfaRegistered", true)
                .containsEntry("weakTenantAcquired", true)
                .containsEntry("linkKinds", List.of("guest-of", "same-person"));
        assertThat(ann.path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak).containsExactly(
                tuple("t1/u/ann", "Identity", "SAME_AS", false),
                tuple("t2/u/ann", "Identity", null, true));
        assertThat(ann.standards()).containsExactly("PR.AA-03", "PR.AA-01");
    }

    @Test
    void usesTheLinksThatIdentityResolutionFinds() {
        Finding hal = find(Scenario.run(SCENARIO, new WeakestTwinRule()), "t3/u/hal");

        assertThat(hal.evidence()).containsEntry("linkKinds", List.of("same-person"));
    }

    @Test
    void onlyReportsWeakTwinsOfTheRequestedTenant() {
        List<Finding> findings = Scenario.run(SCENARIO, new WeakestTwinRule(),
                new AnalysisSettings(Scenario.NOW, "t1", 365, 90, 7, 4));

        assertThat(findings).extracting(Finding::subjectKey).containsExactly("t1/u/gus");
    }

    @Test
    void keepsTheSameFindingKeysWhenTheScenarioRunsTwice() {
        List<String> first = Scenario.run(SCENARIO, new WeakestTwinRule()).stream().map(Finding::key).sorted().toList();
        List<String> second = Scenario.run(SCENARIO, new WeakestTwinRule()).stream().map(Finding::key).sorted().toList();

        assertThat(second).hasSize(7).doesNotHaveDuplicates().isEqualTo(first);
    }

    private static Finding find(List<Finding> findings, String subject) {
        return findings.stream().filter(f -> f.subjectKey().equals(subject)).findFirst().orElseThrow();
    }
}
