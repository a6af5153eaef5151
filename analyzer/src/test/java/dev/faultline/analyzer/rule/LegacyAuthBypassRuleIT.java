package dev.faultline.analyzer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

class LegacyAuthBypassRuleIT {

    private static List<Finding> run(String scenario) {
        return Scenario.run("legacy-auth-bypass/" + scenario, new LegacyAuthBypassRule());
    }

    private static List<Tuple> tuples(List<Finding> findings) {
        return findings.stream().map(f -> tuple(f.subjectKey(), f.severity(), f.evidence().get("protocol"),
                f.evidence().get("system"), f.evidence().get("criticality"), f.evidence().get("crossesTenants"),
                f.evidence().get("acquired"), f.evidence().get("hops"), f.evidence().get("identities"),
                f.evidence().get("privilegedIdentities"), f.owner().key(), f.owner().status(), f.owner().via(),
                f.path().stream().map(Hop::key).toList())).toList();
    }

    @Test
    void flagsAnIdentityReadingACriticalMailboxOverImapWithoutMfaAsCritical() {
        List<Finding> findings = run("identity-imap-to-critical-mailbox");

        assertThat(tuples(findings)).containsExactlyInAnyOrder(
                tuple("t1/u/alice", Severity.CRITICAL, "imap", "Exchange Online", "critical", false, false, 2, null, null,
                        "t1/u/ciso", "active", "system", List.of("t1/u/alice", "t1/ap/alice-imap", "t1/s/mail")));
        assertThat(findings.get(0).path()).extracting(Hop::label, Hop::edge, Hop::weak).containsExactly(
                tuple("Identity", "HAS_AUTH_PATH", false),
                tuple("AuthPath", "REACHES", true),
                tuple("System", null, false));
        assertThat(findings.get(0).standards()).containsExactly("PR.AA-03", "PR.AA-05", "ID.RA-01");
    }

    @Test
    void reportsAGroupOnceWithTheIdentitiesOfItsNestedGroupsCounted() {
        assertThat(tuples(run("nested-group-pop3"))).containsExactlyInAnyOrder(
                tuple("t1/g/legacy-mail", Severity.HIGH, "pop3", "CRM", "high", false, false, 2, 3L, 1L,
                        "t1/u/ciso", "active", "tenant", List.of("t1/g/legacy-mail", "t1/ap/legacy-pop3", "t1/s/crm")));
    }

    @Test
    void flagsTheAcquiredTenantsAccountThatReachesTheAcquirersMailThroughItsSyncedTwin() {
        List<Finding> findings = run("acquired-synced-twin");

        assertThat(tuples(findings)).containsExactlyInAnyOrder(
                tuple("acme", Severity.MEDIUM, "smtp-auth", "Exchange Online", "medium", false, false, 2, 3L, 0L,
                        "acme/u/it", "disabled", "system", List.of("acme", "acme/ap/smtp", "acme/s/exchange")),
                tuple("globex/u/jdoe", Severity.CRITICAL, "smtp-auth", "Exchange Online", "medium", true, true, 4, null, null,
                        "acme/u/it", "disabled", "system",
                        List.of("globex/u/jdoe", "acme/u/jdoe", "acme", "acme/ap/smtp", "acme/s/exchange")));
        Finding twin = findings.stream().filter(f -> f.subjectKey().equals("globex/u/jdoe")).findFirst().orElseThrow();
        assertThat(twin.path()).extracting(Hop::edge, Hop::weak).containsExactly(
                tuple("SAME_AS", true), tuple("IN_TENANT", false), tuple("HAS_AUTH_PATH", false),
                tuple("REACHES", true), tuple(null, false));
        assertThat(twin.tenant()).isEqualTo("globex-ad");
    }

    private static final Tuple ACME_ITSELF = tuple("acme", Severity.CRITICAL, "smtp-auth", "Exchange Online", "critical",
            false, false, 2, 2L, 0L, "acme/u/it", "active", "system", List.of("acme", "acme/ap/smtp", "acme/s/exchange"));

    private static Finding findingAbout(List<Finding> findings, String subject) {
        return findings.stream().filter(f -> f.subjectKey().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void flagsTheAcquiredTenantWhoseIdentitiesTheAcquirerTrustsIntoItsTenantWideSmtpAuth() {
        List<Finding> findings = run("acquired-tenant-via-trust");

        assertThat(tuples(findings)).containsExactlyInAnyOrder(ACME_ITSELF,
                tuple("globex-okta", Severity.CRITICAL, "smtp-auth", "Exchange Online", "critical", true, true, 3, 3L, 0L,
                        "acme/u/it", "active", "system",
                        List.of("globex-okta", "acme", "acme/ap/smtp", "acme/s/exchange")));
        Finding trusted = findingAbout(findings, "globex-okta");
        assertThat(trusted.path()).extracting(Hop::label, Hop::edge, Hop::weak).containsExactly(
                tuple("Tenant", "TRUSTS", true), tuple("Tenant", "HAS_AUTH_PATH", false),
                tuple("AuthPath", "REACHES", true), tuple("System", null, false));
        assertThat(trusted.evidence()).containsExactly(entry("protocol", "smtp-auth"), entry("system", "Exchange Online"),
                entry("criticality", "critical"), entry("crossesTenants", true), entry("acquired", true), entry("hops", 3),
                entry("identities", 3L), entry("privilegedIdentities", 0L), entry("trust", "acme/trust/globex"),
                entry("trustKind", "okta-idp"), entry("mfaAccepted", true));
        assertThat(trusted.tenant()).isEqualTo("globex-okta");
    }

    @Test
    void doesNotLetTheAcquiredTenantInWhenOnlyItTrustsTheAcquirer() {
        assertThat(tuples(run("acquired-tenant-trusting-acquirer"))).containsExactly(ACME_ITSELF);
    }

    @Test
    void followsATwoWayTrustStoredFromTheTrustedSideAndKeepsItStrongWithoutMfaClaims() {
        List<Finding> findings = run("two-way-trust-stored-by-acquired-tenant");

        assertThat(findings).extracting(Finding::subjectKey).containsExactlyInAnyOrder("acme", "globex-okta");
        Finding trusted = findingAbout(findings, "globex-okta");
        assertThat(trusted.path()).extracting(Hop::edge, Hop::weak).containsExactly(
                tuple("TRUSTS", false), tuple("HAS_AUTH_PATH", false), tuple("REACHES", true), tuple(null, false));
        assertThat(trusted.evidence()).contains(entry("trust", "globex/trust/acme"), entry("trustKind", "saml-federation"),
                entry("mfaAccepted", false));
    }

    @Test
    void ignoresEnforcedMfaModernProtocolsAndSystemsThatDoNotRequireMfa() {
        assertThat(run("not-a-bypass")).isEmpty();
    }

    @Test
    void onlyReportsSystemsOfTheRequestedTenant() {
        assertThat(Scenario.run("legacy-auth-bypass/acquired-synced-twin", new LegacyAuthBypassRule(),
                new AnalysisSettings(Scenario.NOW, "globex-ad", 365, 90, 7, 4))).isEmpty();
    }

    @Test
    void keepsTheSameFindingKeysWhenTheScenarioRunsTwice() {
        List<String> first = run("acquired-synced-twin").stream().map(Finding::key).sorted().toList();
        List<String> second = run("acquired-synced-twin").stream().map(Finding::key).sorted().toList();

        assertThat(second).hasSize(2).isEqualTo(first);
    }
}
