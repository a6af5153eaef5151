package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class SyncedPrivilegedAdminRuleIT {

    private static final String SCENARIO = "synced-privileged-admin/mixed";

    @Test
    void flagsSyncedCloudAccountsHoldingPrivilegedRolesDirectlyOrThroughGroups() {
        List<Finding> findings = Scenario.run(SCENARIO, new SyncedPrivilegedAdminRule());

        assertThat(findings)
                .extracting(Finding::subjectKey, Finding::severity, f -> f.evidence().get("roleKey"),
                        f -> f.evidence().get("assignment"), f -> f.owner().key(), f -> f.owner().status(),
                        f -> f.owner().via())
                .containsExactlyInAnyOrder(
                        tuple("t1/u/alice", Severity.CRITICAL, "t1/r/ga", "active", "t1/u/ciso", "active", "tenant"),
                        tuple("t1/u/bob", Severity.HIGH, "t1/r/ga", "eligible", "t1/u/boss", "departed", "subject"),
                        tuple("t1/u/carol", Severity.CRITICAL, "t1/r/pra", "active", "t1/u/ciso", "active", "tenant"),
                        tuple("t1/u/frank", Severity.CRITICAL, "t1/r/pra", "active", "t1/u/ciso", "active", "tenant"));
    }

    @Test
    void namesTheOnPremisesAccountWhenASyncedLinkIsKnown() {
        List<Finding> findings = Scenario.run(SCENARIO, new SyncedPrivilegedAdminRule());

        assertThat(findings).extracting(Finding::subjectKey, f -> f.evidence().get("onPremAccount"))
                .containsExactlyInAnyOrder(tuple("t1/u/alice", "t0/u/alice"), tuple("t1/u/bob", null),
                        tuple("t1/u/carol", null), tuple("t1/u/frank", null));
    }

    @Test
    void pathRunsFromTheSyncedIdentityThroughNestedGroupsToTheRole() {
        List<Finding> findings = Scenario.run(SCENARIO, new SyncedPrivilegedAdminRule());

        assertThat(find(findings, "t1/u/carol").path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak)
                .containsExactly(
                        tuple("t1/u/carol", "Identity", "MEMBER_OF", true),
                        tuple("t1/g/team", "Group", "MEMBER_OF", false),
                        tuple("t1/g/admins", "Group", "HAS_ROLE", false),
                        tuple("t1/r/pra", "Role", null, false));
        assertThat(find(findings, "t1/u/alice").path()).extracting(Hop::key, Hop::edge, Hop::weak)
                .containsExactly(tuple("t1/u/alice", "HAS_ROLE", true), tuple("t1/r/ga", null, false));
        assertThat(find(findings, "t1/u/alice").standards()).containsExactly("PR.AA-05", "PR.AA-01", "ID.RA-01");
    }

    @Test
    void onlyReportsIdentitiesOfTheRequestedTenant() {
        assertThat(Scenario.run(SCENARIO, new SyncedPrivilegedAdminRule(),
                new AnalysisSettings(Scenario.NOW, "t0", 365, 90, 7, 4))).isEmpty();
    }

    @Test
    void keepsTheSameFindingKeysWhenTheScenarioRunsTwice() {
        List<String> first = Scenario.run(SCENARIO, new SyncedPrivilegedAdminRule()).stream().map(Finding::key).sorted().toList();
        List<String> second = Scenario.run(SCENARIO, new SyncedPrivilegedAdminRule()).stream().map(Finding::key).sorted().toList();

        assertThat(second).hasSize(4).doesNotHaveDuplicates().isEqualTo(first);
    }

    private static Finding find(List<Finding> findings, String subject) {
        return findings.stream().filter(f -> f.subjectKey().equals(subject)).findFirst().orElseThrow();
    }
}
