package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class BreakGlassRuleIT {

    private static final String MIXED = "break-glass/mixed";
    private static final String TOO_MANY = "break-glass/too-many";

    @Test
    void flagsSyncedUnownedAndRecentlyUsedBreakGlassAccountsAndTheirNumberButNotTheWellKeptOne() {
        List<Finding> findings = Scenario.run(MIXED, new BreakGlassRule());

        assertThat(findings)
                .extracting(Finding::subjectKey, Finding::severity, f -> f.evidence().get("reasons"),
                        f -> f.owner().key(), f -> f.owner().status(), f -> f.owner().via())
                .containsExactlyInAnyOrder(
                        tuple("t1/bg/synced", Severity.HIGH, List.of("synced"), "t1/u/carol", "active", "subject"),
                        tuple("t1/bg/orphan", Severity.HIGH, List.of("no-active-custodian"), "t1/u/owner", "active", "tenant"),
                        tuple("t1/bg/left", Severity.HIGH, List.of("no-active-custodian"), "t1/u/dave", "departed", "subject"),
                        tuple("t1/bg/sponsored", Severity.HIGH, List.of("no-active-custodian"), "t1/u/owner", "active", "tenant"),
                        tuple("t1/bg/used", Severity.MEDIUM, List.of("used-recently"), "t1/u/carol", "active", "subject"),
                        tuple("t1", Severity.MEDIUM, null, "t1/u/owner", "active", "tenant"));
    }

    @Test
    void pathIsTheBreakGlassAccountItself() {
        Finding synced = find(Scenario.run(MIXED, new BreakGlassRule()), "t1/bg/synced");

        assertThat(synced.path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak)
                .containsExactly(tuple("t1/bg/synced", "Identity", null, true));
        assertThat(synced.subjectName()).isEqualTo("bg-synced");
        assertThat(synced.tenant()).isEqualTo("t1");
        assertThat(synced.standards()).containsExactly("PR.AA-01", "PR.AA-05", "DE.CM-03", "GV.RR-02");
    }

    @Test
    void flagsATenantWithMoreBreakGlassAccountsThanAllowedOnce() {
        List<Finding> findings = Scenario.run(TOO_MANY, new BreakGlassRule());

        assertThat(findings)
                .extracting(Finding::subjectKey, Finding::severity, f -> f.evidence().get("breakGlassAccounts"),
                        f -> f.owner().key(), f -> f.owner().via())
                .containsExactly(tuple("t1", Severity.MEDIUM, 5L, "t1/u/owner", "tenant"));
        assertThat(findings.get(0).path()).extracting(Hop::key, Hop::label).containsExactly(tuple("t1", "Tenant"));
    }

    @Test
    void honoursTheBreakGlassLimitAndTheTenantItIsGiven() {
        List<Finding> findings = Scenario.run(TOO_MANY, new BreakGlassRule(),
                new AnalysisSettings(Scenario.NOW, "t2", 365, 90, 7, 3));

        assertThat(findings).extracting(Finding::subjectKey, f -> f.evidence().get("breakGlassAccounts"))
                .containsExactly(tuple("t2", 4L));
    }

    @Test
    void onlyReportsAccountsOfTheRequestedTenant() {
        List<Finding> findings = Scenario.run(MIXED, new BreakGlassRule(),
                new AnalysisSettings(Scenario.NOW, "t9", 365, 90, 7, 4));

        assertThat(findings).isEmpty();
    }

    @Test
    void keepsTheSameFindingKeysWhenTheScenarioRunsTwice() {
        List<String> first = Scenario.run(MIXED, new BreakGlassRule()).stream().map(Finding::key).sorted().toList();
        List<String> second = Scenario.run(MIXED, new BreakGlassRule()).stream().map(Finding::key).sorted().toList();

        assertThat(second).hasSize(6).isEqualTo(first);
    }

    private static Finding find(List<Finding> findings, String subject) {
        return findings.stream().filter(f -> f.subjectKey().equals(subject)).findFirst().orElseThrow();
    }
}
