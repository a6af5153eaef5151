package dev.faultline.analyzer.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Owner;
import dev.faultline.analyzer.finding.Severity;
import dev.faultline.analyzer.rule.GraphReader;

/**
 * The risk score formula with exact numbers, on hand-made findings and a fake of our own graph port
 * that answers the score queries. The figures are worked out in the comments.
 */
class RiskScorerTest {

    /** Two tenants, four systems of each criticality (one unknown), one organization. */
    static final class FakeGraph implements GraphReader {
        final List<String> asked = new ArrayList<>();
        final Map<String, Object> keysAsked = new HashMap<>();
        List<Map<String, Object>> organizations = List.of(row("key", "acme-group", "name", "Acme Group"));
        /** Identities in t1 and t2, and in the whole graph: below the least halves (50, 200) unless a test says. */
        long t1Identities = 20;
        long t2Identities = 30;
        long identities = 50;

        @Override
        public List<Map<String, Object>> rows(String statementId, Map<String, Object> parameters) {
            asked.add(statementId);
            keysAsked.put(statementId, parameters.get("keys"));
            return switch (statementId) {
                case "analysis/score-systems" -> List.of(
                        row("key", "t1/s/mail", "name", "Exchange Online", "tenant", "t1", "criticality", "critical"),
                        row("key", "t1/s/wiki", "name", "Wiki", "tenant", "t1", "criticality", null),
                        row("key", "t2/s/erp", "name", "ERP", "tenant", "t2", "criticality", "low"),
                        row("key", "t2/s/files", "name", "File server", "tenant", "t2", "criticality", "high"));
                case "analysis/score-tenants" -> List.of(row("key", "t1", "name", "Contoso", "identities", t1Identities),
                        row("key", "t2", "name", "Globex", "identities", t2Identities));
                case "analysis/score-organization" -> organizations;
                case "analysis/score-identities" -> List.of(row("identities", identities));
                default -> throw new IllegalArgumentException("unexpected statement " + statementId);
            };
        }
    }

    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    static Hop hop(String key, String label, String tenant) {
        return new Hop(key, label, key.substring(key.lastIndexOf('/') + 1), tenant, null, false);
    }

    static Finding finding(String rule, Severity severity, String subject, String tenant, Object identities,
            Hop... path) {
        Map<String, Object> evidence = new HashMap<>();
        if (identities != null) {
            evidence.put("identities", identities);
        }
        return new Finding(rule + ":" + subject, rule, severity, subject, null, tenant, List.of(path), evidence,
                Owner.MISSING, "fix", List.of("PR.AA-03"));
    }

    /** r = 10 × (1 + log10 100) = 30: a group of 100 reaching a critical mailbox. */
    static final Finding GROUP_BYPASS = finding("legacy-auth-bypass", Severity.CRITICAL, "t1/g/legacy", "t1", 100L,
            hop("t1/g/legacy", "Group", "t1"), hop("t1/ap/pop3", "AuthPath", "t1"), hop("t1/s/mail", "System", "t1"));
    /** r = 6. */
    static final Finding OWNERLESS_NHI = finding("ownerless-nhi", Severity.HIGH, "t1/n/backup", "t1", null,
            hop("t1/n/backup", "Identity", "t1"));
    /** r = 3; the subject is in t2, its strong twin in t1. */
    static final Finding WEAKEST_TWIN = finding("weakest-twin", Severity.MEDIUM, "t2/u/jdoe", "t2", null,
            hop("t1/u/jdoe", "Identity", "t1"), hop("t2/u/jdoe", "Identity", "t2"));
    /** r = 1; the subject is a credential, its identity on the path. */
    static final Finding STALE_SECRET = finding("stale-credential", Severity.LOW, "t1/c/secret", "t1", null,
            hop("t1/n/backup", "Identity", "t1"), hop("t1/c/secret", "Credential", "t1"));
    /** r = 6; the subject is also its first hop, and three hops are in t2. */
    static final Finding TWIN_BYPASS = finding("legacy-auth-bypass", Severity.HIGH, "t1/u/jdoe", "t1", null,
            hop("t1/u/jdoe", "Identity", "t1"), hop("t2/u/jdoe", "Identity", "t2"), hop("t2/ap/ntlm", "AuthPath", "t2"),
            hop("t2/s/files", "System", "t2"));
    /** r = 3 × (1 + log10 1000) = 12. */
    static final Finding OWNERLESS_EXCEPTION = finding("ownerless-exception", Severity.MEDIUM, "t2/x/legacy", "t2",
            1000L, hop("t2/x/legacy", "Exception", "t2"), hop("t2/p/mfa", "Policy", "t2"), hop("t2/s/erp", "System", "t2"));
    /** r = 6: 0 identities is no population. */
    static final Finding TRUST = finding("cross-tenant-mfa-trust", Severity.HIGH, "t1", "t1", 0L,
            hop("t1", "Tenant", "t1"), hop("t2", "Tenant", "t2"));
    /** r = 3, on a system of unknown criticality. */
    static final Finding REPORT_ONLY = finding("mfa-policy-not-enforced", Severity.MEDIUM, "t1/p/report-only", "t1",
            null, hop("t1/p/report-only", "Policy", "t1"), hop("t1/s/wiki", "System", "t1"));

    static final List<Finding> FINDINGS = List.of(GROUP_BYPASS, OWNERLESS_NHI, WEAKEST_TWIN, STALE_SECRET, TWIN_BYPASS,
            OWNERLESS_EXCEPTION, TRUST, REPORT_ONLY);

    final FakeGraph graph = new FakeGraph();

    @Test
    void scoresTheOrganizationFromEveryFindingsRisk() {
        RiskScore organization = new RiskScorer(graph).score(FINDINGS).organization();

        // raw = 30 + 6 + 3 + 1 + 6 + 12 + 6 + 3 = 67; score = round(100 × 67 / 267) = round(25.09)
        assertThat(organization).isEqualTo(new RiskScore("organization", "Acme Group", "organization", null, 25, 67.0,
                8, Map.of("critical", 1, "high", 3, "medium", 3, "low", 1)));
    }

    @Test
    void countsAFindingOnceForEachTenantItsSubjectOrPathIsIn() {
        List<RiskScore> tenants = new RiskScorer(graph).score(FINDINGS).tenants();

        // t1: every finding but the exception: 30 + 6 + 3 + 1 + 6 + 6 + 3 = 55, round(5500 / 105) = 52
        // t2: twin 3 + twin bypass 6 + exception 12 + trust 6 = 27, round(2700 / 77) = 35
        assertThat(tenants).containsExactly(
                new RiskScore("t1", "Contoso", "tenant", "t1", 52, 55.0, 7,
                        Map.of("critical", 1, "high", 3, "medium", 2, "low", 1)),
                new RiskScore("t2", "Globex", "tenant", "t2", 35, 27.0, 4,
                        Map.of("critical", 0, "high", 2, "medium", 2, "low", 0)));
    }

    @Test
    void scoresTenantsAndTheOrganizationAsADensityOncePastOnePointPerIdentity() {
        graph.t1Identities = 110;
        graph.t2Identities = 1_230;
        graph.identities = 1_340;

        RiskScores scores = new RiskScorer(graph).score(FINDINGS);

        // t1: raw 55, k = max(50, 110 × 1.0) = 110: round(5500 / 165) = 33 (52 with the least k)
        // t2: raw 27, k = 1,230: round(2700 / 1257) = 2; organization: raw 67, k = 1,340: round(6700 / 1407) = 5
        assertThat(scores.tenants()).extracting(RiskScore::key, RiskScore::score, RiskScore::raw)
                .containsExactly(tuple("t1", 33, 55.0), tuple("t2", 2, 27.0));
        assertThat(scores.organization().score()).isEqualTo(5);
    }

    @Test
    void weighsEachSystemByItsCriticalityFromTheGraph() {
        List<RiskScore> systems = new RiskScorer(graph).score(FINDINGS).systems();

        // critical 1.0 × 30 = 30 → round(3000 / 50) = 60; high 0.75 × 6 = 4.5 → round(450 / 24.5) = 18;
        // low 0.25 × 12 = 3 → round(300 / 23) = 13; unknown 0.5 × 3 = 1.5 → round(150 / 21.5) = 7
        assertThat(systems).extracting(RiskScore::key, RiskScore::name, RiskScore::tenant, RiskScore::score,
                RiskScore::raw, RiskScore::findings).containsExactly(
                        tuple("t1/s/mail", "Exchange Online", "t1", 60, 30.0, 1),
                        tuple("t2/s/files", "File server", "t2", 18, 4.5, 1),
                        tuple("t2/s/erp", "ERP", "t2", 13, 3.0, 1),
                        tuple("t1/s/wiki", "Wiki", "t1", 7, 1.5, 1));
        assertThat(graph.keysAsked.get("analysis/score-systems"))
                .isEqualTo(List.of("t1/s/mail", "t1/s/wiki", "t2/s/erp", "t2/s/files"));
        assertThat(graph.keysAsked.get("analysis/score-tenants")).isEqualTo(List.of("t1", "t2"));
    }

    @Test
    void countsAFindingOnceForAnIdentityThatIsItsSubjectAndOnItsPathTiesByKey() {
        List<RiskScore> identities = new RiskScorer(graph).score(FINDINGS).identities();

        // jdoe in t1: twin 3 (path) + twin bypass 6 (subject and path, once) = 9 → round(900 / 19) = 47
        // jdoe in t2: twin 3 (subject and path, once) + twin bypass 6 (path) = 9 → 47, after t1/u/jdoe by key
        // backup: ownerless NHI 6 + its stale secret 1 = 7 → round(700 / 17) = 41
        assertThat(identities).containsExactly(
                new RiskScore("t1/u/jdoe", "jdoe", "identity", "t1", 47, 9.0, 2,
                        Map.of("critical", 0, "high", 1, "medium", 1, "low", 0)),
                new RiskScore("t2/u/jdoe", "jdoe", "identity", "t2", 47, 9.0, 2,
                        Map.of("critical", 0, "high", 1, "medium", 1, "low", 0)),
                new RiskScore("t1/n/backup", "backup", "identity", "t1", 41, 7.0, 2,
                        Map.of("critical", 0, "high", 1, "medium", 0, "low", 1)));
    }

    @Test
    void aSubjectCountsForAnIdentityThatAnotherFindingsPathShowsAsOne() {
        Finding aboutJdoeWithoutPath = finding("probe", Severity.LOW, "t1/u/jdoe", "t1", null);

        List<RiskScore> identities = new RiskScorer(graph).score(List.of(aboutJdoeWithoutPath, WEAKEST_TWIN)).identities();

        assertThat(identities).extracting(RiskScore::key, RiskScore::raw, RiskScore::findings).containsExactly(
                tuple("t1/u/jdoe", 4.0, 2), tuple("t2/u/jdoe", 3.0, 1));
    }

    @Test
    void exposureIsOnePlusLog10OfAPopulationAndOneOtherwise() {
        assertThat(RiskScorer.exposure(finding("p", Severity.LOW, "s", "t", 1000L))).isCloseTo(4.0, within(1e-12));
        assertThat(RiskScorer.exposure(finding("p", Severity.LOW, "s", "t", 2.5))).isCloseTo(1 + Math.log10(2.5), within(1e-12));
        assertThat(RiskScorer.exposure(finding("p", Severity.LOW, "s", "t", 1))).isEqualTo(1.0);
        assertThat(RiskScorer.exposure(finding("p", Severity.LOW, "s", "t", 0L))).isEqualTo(1.0);
        assertThat(RiskScorer.exposure(finding("p", Severity.LOW, "s", "t", "1000"))).isEqualTo(1.0);
        assertThat(RiskScorer.exposure(finding("p", Severity.LOW, "s", "t", null))).isEqualTo(1.0);
    }

    @Test
    void roundsRawToTwoDecimalsAndScoresFromTheUnroundedValue() {
        // 6 × (1 + log10 7) = 11.0705...: identity round(100 × 11.0705 / 21.0705) = round(52.54) = 53,
        // tenant round(1107.05 / 61.0705) = round(18.13) = 18, organization round(1107.05 / 211.0705) = round(5.24) = 5
        Finding seven = finding("p", Severity.HIGH, "t1/u/ann", "t1", 7L, hop("t1/u/ann", "Identity", "t1"));

        RiskScores scores = new RiskScorer(graph).score(List.of(seven));

        assertThat(scores.identities()).extracting(RiskScore::score, RiskScore::raw).containsExactly(tuple(53, 11.07));
        assertThat(scores.tenants()).extracting(RiskScore::score, RiskScore::raw).containsExactly(tuple(18, 11.07));
        assertThat(scores.organization()).extracting(RiskScore::score, RiskScore::raw).containsExactly(5, 11.07);
    }

    @Test
    void withoutFindingsScoresTheOrganizationZeroListsNothingAndAsksOnlyForItsName() {
        RiskScores scores = new RiskScorer(graph).score(List.of());

        assertThat(scores.organization()).isEqualTo(new RiskScore("organization", "Acme Group", "organization", null,
                0, 0.0, 0, Map.of("critical", 0, "high", 0, "medium", 0, "low", 0)));
        assertThat(scores.tenants()).isEmpty();
        assertThat(scores.systems()).isEmpty();
        assertThat(scores.identities()).isEmpty();
        assertThat(graph.asked).containsExactly("analysis/score-organization");
    }

    @Test
    void leavesTheOrganizationUnnamedWhenTheGraphHoldsNoneOrSeveral() {
        graph.organizations = List.of();
        assertThat(new RiskScorer(graph).score(FINDINGS).organization().name()).isNull();

        graph.organizations = List.of(row("key", "acme", "name", "Acme"), row("key", "globex", "name", "Globex"));
        assertThat(new RiskScorer(graph).score(FINDINGS).organization().name()).isNull();
    }

    @Test
    void weighsCriticalityWithUnknownAsMedium() {
        assertThat(List.of("critical", "high", "medium", "low", "HIGH", "unknown")).extracting(RiskScorer::weight)
                .containsExactly(1.0, 0.75, 0.5, 0.25, 0.75, 0.5);
        assertThat(RiskScorer.weight(null)).isEqualTo(0.5);
    }
}
