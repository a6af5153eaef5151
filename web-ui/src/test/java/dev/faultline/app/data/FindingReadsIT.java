package dev.faultline.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.faultline.analyzer.finding.Hop;
import dev.faultline.analyzer.finding.Severity;

/** The findings screen over the analyzed example bundle (34 findings in the latest run, 4 in the first). */
class FindingReadsIT {

    private static FindingReads reads;

    @BeforeAll
    static void analyzeTheExample() {
        reads = new FindingReads(ExampleAnalysis.load(), ExampleAnalysis.DATABASE);
    }

    private static List<FindingSummary> all(FindingQuery query) {
        return reads.page(query.page(0, FindingQuery.MAX_SIZE)).findings();
    }

    @Test
    void readsTheLatestRunWorstFirstByDefault() {
        FindingPage page = reads.page(FindingQuery.latest());

        assertThat(page.run()).isEqualTo(ExampleAnalysis.LATEST_RUN);
        assertThat(page.total()).isEqualTo(34);
        assertThat(page.findings()).hasSize(34).first().extracting(FindingSummary::key).isEqualTo("break-glass:65b9b33122788bf2");
        assertThat(page.findings()).isSortedAccordingTo(Comparator.comparing((FindingSummary f) -> Severity.parse(f.severity()))
                .reversed().thenComparing(FindingSummary::key));
    }

    @Test
    void listsAnEarlierRunsFindingsAsThatRunSawThem() {
        String key = "ownerless-nhi:7d316c582e556c24";
        ExampleAnalysis.write("""
                MATCH (:AnalysisRun {id: $run})-[found:FOUND]->(f:Finding {key: 'ownerless-nhi:7d316c582e556c24'})
                SET found += f {.severity, .subject, .tenant, .ownerKey, .ownerName, .ownerStatus, .ownerVia},
                    found.subjectName = 'Seen by the first run', found.severity = 'critical', found.snapshot = true""",
                ExampleAnalysis.FIRST_RUN);
        try {
            FindingPage first = reads.page(FindingQuery.latest().withRun(ExampleAnalysis.FIRST_RUN)
                    .withFilters(null, "critical", null, null, null, "seen by the first"));

            assertThat(first.findings()).singleElement().extracting(FindingSummary::key, FindingSummary::severity,
                    FindingSummary::subjectName).containsExactly(key, "critical", "Seen by the first run");
            assertThat(reads.page(FindingQuery.latest().withFilters(null, null, null, null, null, "seen by the first")).total())
                    .as("the latest run sees the finding as it is now").isZero();
        } finally {
            ExampleAnalysis.write("MATCH (:AnalysisRun {id: $run})-[found:FOUND {snapshot: true}]->() "
                    + "REMOVE found.snapshot, found.severity, found.subject, found.subjectName, found.tenant, found.ownerKey, "
                    + "found.ownerName, found.ownerStatus, found.ownerVia", ExampleAnalysis.FIRST_RUN);
        }
    }

    @Test
    void readsAGivenRun() {
        FindingPage page = reads.page(FindingQuery.latest().withRun(ExampleAnalysis.FIRST_RUN));

        assertThat(page.run()).isEqualTo(ExampleAnalysis.FIRST_RUN);
        assertThat(page.findings()).extracting(FindingSummary::key).containsExactly("ownerless-nhi:6d92f1ee641f9c0e",
                "ownerless-nhi:7d316c582e556c24", "ownerless-nhi:eff960dde4300510", "ownerless-nhi:c842966ecfecc382");
        assertThat(reads.page(FindingQuery.latest().withRun("analysis-19990101T000000Z")))
                .extracting(FindingPage::run, FindingPage::total).containsExactly(null, 0L);
    }

    @Test
    void filtersByRuleSeverityTenantAndOwnerStatusTogether() {
        assertThat(all(FindingQuery.latest().withFilters("legacy-auth-bypass", "high", "globex-ad", null, null, null)))
                .extracting(FindingSummary::key, FindingSummary::subject)
                .containsExactly(tuple("legacy-auth-bypass:a61d041d45eddfd3", "globex-ad/u/adm-jdoe"),
                        tuple("legacy-auth-bypass:e7d74aa82f30370d", "globex-ad/g/finance"));
        assertThat(all(FindingQuery.latest().withFilters(null, null, null, "missing", null, null)))
                .extracting(FindingSummary::key).containsExactly("ownerless-nhi:6d92f1ee641f9c0e",
                        "ownerless-nhi:7d316c582e556c24", "ownerless-nhi:c842966ecfecc382");
        assertThat(all(FindingQuery.latest().withFilters(null, "critical", "globex-okta", "active", null, null)))
                .extracting(FindingSummary::key)
                .containsExactly("legacy-auth-bypass:6399a804e49f6ce5", "stale-credential:f911680ca9edc79a");
    }

    @Test
    void filtersByWhetherTheSubjectIsAPersonOrAWorkload() {
        assertThat(all(FindingQuery.latest().withFilters(null, null, null, null, SubjectKind.NON_HUMAN, null)))
                .extracting(FindingSummary::subject).containsOnly("acme-entra/u/svc-scanner", "globex-ad/u/svc-imap",
                        "acme-aws-prod/w/github-actions", "acme-entra/sp/backup-agent", "acme-entra/mi/hr-portal-func")
                .hasSize(9);
        assertThat(all(FindingQuery.latest().withFilters(null, null, null, null, SubjectKind.HUMAN, null)))
                .extracting(FindingSummary::subject).containsOnly("acme-entra/u/bg-02", "acme-entra/u/jdoe",
                        "globex-okta/u/jdoe", "globex-ad/u/adm-jdoe")
                .hasSize(9);
    }

    @Test
    void findsTextInSubjectKeyOrNameOrOwnerNameWhateverTheCase() {
        assertThat(all(FindingQuery.latest().withFilters(null, null, null, null, null, "JOHN.DOE@GLOBEX")))
                .extracting(FindingSummary::key).containsExactly("legacy-auth-bypass:6399a804e49f6ce5",
                        "legacy-auth-bypass:c12e59e7247444dc");
        assertThat(all(FindingQuery.latest().withFilters(null, null, null, null, null, "Hr-Portal")))
                .extracting(FindingSummary::key).containsExactly("ownerless-nhi:c842966ecfecc382");
        assertThat(all(FindingQuery.latest().withFilters("legacy-auth-bypass", null, null, null, null, "it operations")))
                .hasSize(4).extracting(FindingSummary::ownerName).containsOnly("IT Operations");
        assertThat(all(FindingQuery.latest().withFilters(null, null, null, null, null, "#EXT#@acme")))
                .extracting(FindingSummary::key).containsExactly("ownerless-exception:044d282f8eb7e2ec");
    }

    @ParameterizedTest
    @ValueSource(strings = {"') RETURN 1 //", "\" OR 1=1 --", "<script>alert(1)</script>", "x' OR f.rule <> '", ".*",
            "$text", "}) MATCH (n) DETACH DELETE n //"})
    void hostileTextIsPlainText(String text) {
        FindingPage page = reads.page(FindingQuery.latest().withFilters(null, null, null, null, null, text));

        assertThat(page.total()).isZero();
        assertThat(page.findings()).isEmpty();
        assertThat(reads.page(FindingQuery.latest()).total()).isEqualTo(34);
    }

    @Test
    void pagesCoverEveryFindingOnceWithTheSameTotal() {
        List<FindingSummary> pages = new ArrayList<>();
        for (int page = 0; page < 7; page++) {
            FindingPage seven = reads.page(FindingQuery.latest().page(page, 7));
            assertThat(seven.total()).isEqualTo(34);
            assertThat(seven.pages()).isEqualTo(5);
            pages.addAll(seven.findings());
        }
        assertThat(pages).hasSize(34).isEqualTo(all(FindingQuery.latest()));
        assertThat(reads.page(FindingQuery.latest().page(4, 7)).findings()).hasSize(6);
    }

    @Test
    void sortsByEachWhitelistedKeyBothWaysWithKeyBreakingTies() {
        Comparator<FindingSummary> byKey = Comparator.comparing(FindingSummary::key);
        Comparator<FindingSummary> bySubject = Comparator.comparing(f -> (f.subjectName() == null ? f.subject() : f.subjectName())
                .toLowerCase(Locale.ROOT));
        assertThat(all(FindingQuery.latest().sortedBy(FindingSort.RULE, false)))
                .isSortedAccordingTo(Comparator.comparing(FindingSummary::rule).thenComparing(byKey));
        assertThat(all(FindingQuery.latest().sortedBy(FindingSort.RULE, true)))
                .isSortedAccordingTo(Comparator.comparing(FindingSummary::rule).reversed().thenComparing(byKey));
        assertThat(all(FindingQuery.latest().sortedBy(FindingSort.SUBJECT, false))).isSortedAccordingTo(bySubject.thenComparing(byKey));
        assertThat(all(FindingQuery.latest().sortedBy(FindingSort.TENANT, true)))
                .isSortedAccordingTo(Comparator.comparing(FindingSummary::tenant).reversed().thenComparing(byKey));
        assertThat(all(FindingQuery.latest().sortedBy(FindingSort.SEVERITY, false)).get(0).severity()).isEqualTo("medium");
        assertThat(all(FindingQuery.latest().sortedBy(FindingSort.FIRST_SEEN, false)).subList(0, 4))
                .extracting(FindingSummary::key).containsExactly("ownerless-nhi:6d92f1ee641f9c0e",
                        "ownerless-nhi:7d316c582e556c24", "ownerless-nhi:c842966ecfecc382", "ownerless-nhi:eff960dde4300510");
    }

    @Test
    void acceptsOnlyWhitelistedSortsAndBoundedPages() {
        assertThat(FindingSort.parse("firstseen")).isEqualTo(FindingSort.FIRST_SEEN);
        assertThatThrownBy(() -> FindingSort.parse("key DESC; MATCH (n) DELETE n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown sort");
        assertThatThrownBy(() -> FindingQuery.latest().page(0, 201)).hasMessageContaining("between 1 and 200");
        assertThatThrownBy(() -> FindingQuery.latest().page(-1, 20)).hasMessageContaining("page must be 0 or more");
        assertThatThrownBy(() -> FindingQuery.latest().withFilters(null, "severe", null, null, null, null))
                .hasMessageContaining("Unknown severity");
    }

    @Test
    void detailParsesThePathAndEvidenceAndDescribesEachHopFromTheGraph() {
        FindingDetail detail = reads.detail("legacy-auth-bypass:6399a804e49f6ce5").orElseThrow();

        assertThat(detail.subjectLabels()).containsExactly("Identity", "Human", "Member");
        assertThat(detail.path()).extracting(HopDetail::hop).containsExactly(
                new Hop("globex-okta/u/jdoe", "Identity", "john.doe@globex.com", "globex-okta", "SAME_AS", true),
                new Hop("globex-ad/u/adm-jdoe", "Identity", "adm-jdoe", "globex-ad", "IN_TENANT", false),
                new Hop("globex-ad", "Tenant", "Globex Active Directory", "globex-ad", "HAS_AUTH_PATH", false),
                new Hop("acme-entra/ap/smtp-auth-globex", "AuthPath", "smtp-auth", "acme-entra", "REACHES", true),
                new Hop("acme-entra/s/exchange-online", "System", "Exchange Online", "acme-entra", null, false));
        assertThat(detail.path()).extracting(HopDetail::labels).containsExactly(List.of("Identity", "Human", "Member"),
                List.of("Identity", "Admin", "Human"), List.of("Tenant"), List.of("AuthPath"), List.of("System"));
        assertThat(detail.path().get(3).properties()).containsEntry("protocol", "smtp-auth").containsEntry("legacy", "true")
                .containsEntry("mfaEnforced", "false").doesNotContainKey("criticality");
        assertThat(detail.path().get(4).properties()).containsEntry("criticality", "critical").containsEntry("requiresMfa", "true");
        assertThat(detail.path().get(2).properties()).containsEntry("acquired", "true").containsEntry("acquisitionDate", "2025-09-15");
        assertThat(detail.evidence()).containsEntry("protocol", "smtp-auth").containsEntry("crossesTenants", true)
                .containsEntry("hops", 4);
        assertThat(detail).extracting(FindingDetail::ownerKey, FindingDetail::ownerStatus, FindingDetail::lastRun)
                .containsExactly("acme-entra/u/grace", "active", ExampleAnalysis.LATEST_RUN);
        assertThat(detail.standards()).containsExactly("PR.AA-03", "PR.AA-05", "ID.RA-01");
    }

    @Test
    void noDetailForAnUnknownOrHostileKey() {
        assertThat(reads.detail("legacy-auth-bypass:0000000000000000")).isEmpty();
        assertThat(reads.detail("') RETURN 1 //")).isEmpty();
        assertThat(reads.detail(" ")).isEmpty();
    }

    @Test
    void forEachPassesEveryMatchingFindingOfOneRunAcrossPagesInOrder() {
        FindingQuery byRule = FindingQuery.latest().sortedBy(FindingSort.RULE, false).page(3, 5);
        List<FindingSummary> seen = new ArrayList<>();

        String run = reads.forEach(byRule, seen::add);

        assertThat(run).isEqualTo(ExampleAnalysis.LATEST_RUN);
        assertThat(seen).hasSize(34).isEqualTo(all(byRule));
        List<FindingSummary> none = new ArrayList<>();
        assertThat(reads.forEach(FindingQuery.latest().withRun("analysis-19990101T000000Z"), none::add)).isNull();
        assertThat(none).isEmpty();
    }

    @Test
    void csvHasAHeaderAndARowPerMatchingFinding() throws Exception {
        StringBuilder out = new StringBuilder();
        String run = reads.csv(FindingQuery.latest().withFilters(null, null, null, "missing", null, null), out);

        assertThat(run).isEqualTo(ExampleAnalysis.LATEST_RUN);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(out.toString())).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(FindingCsv.HEADER);
        assertThat(rows).extracting(r -> r.get("key"), r -> r.get("subjectKey"), r -> r.get("ownerStatus"), r -> r.get("ownerName"))
                .containsExactly(all(FindingQuery.latest().withFilters(null, null, null, "missing", null, null)).stream()
                        .map(f -> tuple(f.key(), f.subject(), "missing", "")).toArray(org.assertj.core.groups.Tuple[]::new));
    }
}
