package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class NhiOnMfaExceptionRuleIT {

    private static final String RULE = "nhi-on-mfa-exception";
    private static final String SCENARIO = RULE + "/mixed";

    @Test
    void flagsMfaExclusionsUserAccountsRunAsServicesAndInteractiveSignInsOfActiveNonHumanIdentities() {
        List<Finding> findings = Scenario.run(SCENARIO, new NhiOnMfaExceptionRule());

        assertThat(findings)
                .extracting(Finding::key, Finding::subjectKey, Finding::severity, f -> f.owner().key(),
                        f -> f.owner().status(), f -> f.owner().via())
                .containsExactlyInAnyOrder(
                        tuple(key("t1/n/sync-bot", "t1/x/svc-group"), "t1/n/sync-bot", Severity.HIGH, "t1/u/alice", "active", "exception"),
                        tuple(key("t1/n/report-bot", "t1/x/direct"), "t1/n/report-bot", Severity.MEDIUM, "t1/u/dave", "departed", "subject"),
                        tuple(key("t1/n/priv-bot", "t1/x/role"), "t1/n/priv-bot", Severity.HIGH, "t1/u/carol", "active", "tenant"),
                        tuple(key("t1/n/svc-user", "user-as-service-account"), "t1/n/svc-user", Severity.MEDIUM, "t1/u/carol", "active", "tenant"),
                        tuple(key("t1/n/report-bot", "interactive-sign-in"), "t1/n/report-bot", Severity.MEDIUM, "t1/u/dave", "departed", "subject"));
    }

    @Test
    void exclusionPathRunsThroughNestedGroupsToTheExceptionWhichIsTheWeakLink() {
        Finding syncBot = finding("t1/n/sync-bot");

        assertThat(syncBot.path()).extracting(Hop::key, Hop::label, Hop::edge, Hop::weak).containsExactly(
                tuple("t1/n/sync-bot", "Identity", "MEMBER_OF", false),
                tuple("t1/g/svc-nested", "Group", "MEMBER_OF", false),
                tuple("t1/g/svc-excluded", "Group", "EXEMPTS", false),
                tuple("t1/x/svc-group", "Exception", "EXEMPTS_FROM", true),
                tuple("t1/p/require-mfa-all", "Policy", null, false));
        assertThat(syncBot.evidence()).containsEntry("tenantWide", true).containsEntry("privileged", false)
                .containsEntry("via", "t1/g/svc-excluded");
        assertThat(syncBot.standards()).containsExactly("PR.AA-03", "PR.AA-05", "NHI4", "NHI10");
    }

    @Test
    void exclusionThroughARoleIsHighBecauseTheRoleIsPrivileged() {
        Finding privBot = finding("t1/n/priv-bot");

        assertThat(privBot.path()).extracting(Hop::key, Hop::edge, Hop::weak).containsExactly(
                tuple("t1/n/priv-bot", "HAS_ROLE", false),
                tuple("t1/r/sync-role", "EXEMPTS", false),
                tuple("t1/x/role", "EXEMPTS_FROM", true),
                tuple("t1/p/mfa-admins", null, false));
        assertThat(privBot.evidence()).containsEntry("tenantWide", false).containsEntry("privileged", true);
    }

    @Test
    void userAccountRunAsAServicePointsAtItsPassword() {
        Finding svcUser = finding("t1/n/svc-user");

        assertThat(svcUser.path()).extracting(Hop::key, Hop::edge, Hop::weak).containsExactly(
                tuple("t1/n/svc-user", "HAS_CREDENTIAL", false),
                tuple("t1/c/svc-user-password", null, true));
    }

    @Test
    void onlyReportsIdentitiesOfTheRequestedTenant() {
        assertThat(Scenario.run(SCENARIO, new NhiOnMfaExceptionRule(), new AnalysisSettings(Scenario.NOW, "t2", 365, 90, 7, 4)))
                .isEmpty();
    }

    @Test
    void keepsTheSameFindingKeysWhenTheScenarioRunsTwice() {
        List<String> first = Scenario.run(SCENARIO, new NhiOnMfaExceptionRule()).stream().map(Finding::key).sorted().toList();
        List<String> second = Scenario.run(SCENARIO, new NhiOnMfaExceptionRule()).stream().map(Finding::key).sorted().toList();

        assertThat(second).hasSize(5).isEqualTo(first);
    }

    private static Finding finding(String subject) {
        return Scenario.run(SCENARIO, new NhiOnMfaExceptionRule()).stream()
                .filter(f -> f.subjectKey().equals(subject)).findFirst().orElseThrow();
    }

    private static String key(String subject, String discriminator) {
        return PatternRule.key(RULE, subject, discriminator);
    }
}
