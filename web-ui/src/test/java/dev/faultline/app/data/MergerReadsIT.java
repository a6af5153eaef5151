package dev.faultline.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tenants, trusts and the bypass matrix of the analyzed example bundle (Acme and the acquired Globex). */
class MergerReadsIT {

    private static MergerReads reads;

    @BeforeAll
    static void analyzeTheExample() {
        reads = new MergerReads(ExampleAnalysis.load(), ExampleAnalysis.DATABASE);
    }

    @Test
    void listsTenantsWithTheirMergerLineage() {
        assertThat(reads.tenants()).extracting(TenantSummary::key, TenantSummary::kind, TenantSummary::acquired,
                TenantSummary::acquisitionDate, TenantSummary::status, TenantSummary::identities).containsExactly(
                tuple("acme-aws-prod", "aws", false, null, "active", 2L),
                tuple("acme-aws-tooling", "aws", false, null, "active", 0L),
                tuple("acme-entra", "entra", false, null, "active", 16L),
                tuple("globex-ad", "ad", true, LocalDate.of(2025, 9, 15), "retiring", 4L),
                tuple("globex-mfg-ad", "ad", true, LocalDate.of(2025, 9, 15), "active", 0L),
                tuple("globex-okta", "okta", true, LocalDate.of(2025, 9, 15), "active", 4L));
    }

    @Test
    void listsTrustsWithKindDirectionAndMfaAccepted() {
        assertThat(reads.trusts()).extracting(TrustLink::trusting, TrustLink::trusted, TrustLink::kind, TrustLink::direction,
                TrustLink::mfaAccepted, TrustLink::twoWay).containsExactly(
                tuple("acme-aws-prod", "acme-aws-tooling", "aws-cross-account", "one-way", false, false),
                tuple("acme-entra", "globex-ad", "directory-sync", "one-way", false, false),
                tuple("acme-entra", "globex-okta", "saml-federation", "one-way", true, false),
                tuple("globex-ad", "globex-mfg-ad", "ad-external", "two-way", false, true));
    }

    @Test
    void countsBypassFindingsFromTheSubjectsTenantIntoTheTargetSystemsTenant() {
        BypassMatrix matrix = reads.matrix(null);

        assertThat(matrix.run()).isEqualTo(ExampleAnalysis.LATEST_RUN);
        assertThat(matrix.tenants()).containsExactly("acme-entra", "globex-ad", "globex-mfg-ad", "globex-okta");
        assertThat(matrix.cells()).extracting(MatrixCell::fromTenant, MatrixCell::toTenant, MatrixCell::findings,
                MatrixCell::worstSeverity).containsExactly(
                tuple("acme-entra", "acme-entra", 3, "critical"),
                tuple("acme-entra", "globex-ad", 1, "high"),
                tuple("acme-entra", "globex-okta", 1, "medium"),
                tuple("globex-ad", "acme-entra", 2, "critical"),
                tuple("globex-ad", "globex-ad", 2, "high"),
                tuple("globex-mfg-ad", "acme-entra", 1, "critical"),
                tuple("globex-okta", "acme-entra", 1, "critical"),
                tuple("globex-okta", "globex-ad", 1, "high"));
        assertThat(matrix.cell("globex-okta", "globex-mfg-ad").findings()).isZero();
    }

    @Test
    void listsTheFindingsOfACell() {
        assertThat(reads.cell(null, "globex-ad", "acme-entra")).extracting(FindingSummary::key, FindingSummary::subject)
                .containsExactly(tuple("legacy-auth-bypass:723c50c60d47503f", "globex-ad"),
                        tuple("legacy-auth-bypass:dc6ec71638193b0e", "globex-ad/u/svc-imap"));
        assertThat(reads.cell(null, "acme-entra", "globex-okta")).extracting(FindingSummary::key)
                .containsExactly("weakest-twin:2c1c3b5b531776b9");
        assertThat(reads.cell(null, "globex-ad", "') RETURN 1 //")).isEmpty();
    }

    @Test
    void aRunWithoutBypassRulesHasAnEmptyMatrix() {
        assertThat(reads.matrix(ExampleAnalysis.FIRST_RUN).cells()).isEmpty();
    }
}
