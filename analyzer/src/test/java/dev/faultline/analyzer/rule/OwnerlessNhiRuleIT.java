package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class OwnerlessNhiRuleIT {

    private static final String SCENARIO = "ownerless-nhi/mixed";

    @Test
    void flagsActiveNonHumanIdentitiesWhoseOwnersAreMissingDisabledOrDeparted() {
        List<Finding> findings = Scenario.run(SCENARIO, new OwnerlessNhiRule());

        assertThat(findings)
                .extracting(Finding::subjectKey, Finding::severity, f -> f.owner().key(), f -> f.owner().status(),
                        f -> f.owner().via(), f -> f.evidence().get("privileged"), f -> f.evidence().get("credentials"))
                .containsExactlyInAnyOrder(
                        tuple("t1/n/orphan-admin", Severity.HIGH, null, "missing", "none", true, 1L),
                        tuple("t1/n/orphan-idle", Severity.MEDIUM, null, "missing", "none", false, 0L),
                        tuple("t1/n/left-behind", Severity.HIGH, "t1/u/dave", "departed", "subject", false, 1L),
                        tuple("t1/n/two-gone", Severity.MEDIUM, "t1/u/erin", "disabled", "subject", false, 0L),
                        tuple("t2/n/okta-token", Severity.HIGH, null, "missing", "none", true, 0L));
    }

    @Test
    void listsEveryFormerOwnerWithItsStatusAndRole() {
        Finding twoGone = Scenario.run(SCENARIO, new OwnerlessNhiRule()).stream()
                .filter(f -> f.subjectKey().equals("t1/n/two-gone")).findFirst().orElseThrow();

        assertThat(twoGone.evidence().get("owners")).isEqualTo(List.of(
                Map.of("key", "t1/u/erin", "name", "erin", "status", "disabled", "role", "technical"),
                Map.of("key", "t1/u/dave", "name", "dave", "status", "departed", "role", "owner")));
        assertThat(twoGone.path()).extracting(Hop::key, Hop::weak).containsExactly(tuple("t1/n/two-gone", true));
        assertThat(twoGone.standards()).containsExactly("GV.RR-02", "PR.AA-01", "NHI1");
    }

    @Test
    void onlyReportsIdentitiesOfTheRequestedTenant() {
        List<Finding> findings = Scenario.run(SCENARIO, new OwnerlessNhiRule(),
                new AnalysisSettings(Scenario.NOW, "t2", 365, 90, 7, 4));

        assertThat(findings).extracting(Finding::subjectKey).containsExactly("t2/n/okta-token");
    }

    @Test
    void keepsTheSameFindingKeysWhenTheScenarioRunsTwice() {
        List<String> first = Scenario.run(SCENARIO, new OwnerlessNhiRule()).stream().map(Finding::key).sorted().toList();
        List<String> second = Scenario.run(SCENARIO, new OwnerlessNhiRule()).stream().map(Finding::key).sorted().toList();

        assertThat(second).hasSize(5).isEqualTo(first);
    }
}
