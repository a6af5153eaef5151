package dev.faultline.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exceptions register over the analyzed example bundle, judged at {@link ExampleAnalysis#NOW}. */
class ExceptionReadsIT {

    private static ExceptionReads reads;

    @BeforeAll
    static void analyzeTheExample() {
        reads = new ExceptionReads(ExampleAnalysis.load(), ExampleAnalysis.DATABASE,
                Clock.fixed(ExampleAnalysis.NOW.toInstant(), ZoneOffset.UTC));
    }

    @Test
    void listsEveryExceptionWithItsOwnerResolvedLikeTheOwnerlessExceptionRule() {
        ExceptionRegister register = reads.register(null, null);

        assertThat(register.run()).isEqualTo(ExampleAnalysis.LATEST_RUN);
        assertThat(register.exceptions()).extracting(ExceptionEntry::key, ExceptionEntry::subjectKey, ExceptionEntry::ownerKey,
                ExceptionEntry::ownerStatus, ExceptionEntry::ownerVia, ExceptionEntry::approverKey).containsExactly(
                tuple("acme-entra/x/ex-001", "acme-entra/g/breakglass", "acme-entra/g/it-ops", "active", "exception", "acme-entra/u/carol"),
                tuple("acme-entra/x/ex-002", "acme-entra/u/svc-scanner", "acme-entra/u/erin", "departed", "exception", "acme-entra/u/carol"),
                tuple("acme-entra/x/ex-003", "acme-entra/u/partner-kim", "acme-entra/u/grace", "active", "policy", null),
                tuple("acme-entra/x/ex-004", "acme-entra/u/jdoe", "acme-entra/u/frank", "active", "exception", "acme-entra/u/carol"),
                tuple("acme-entra/x/ex-005", "acme-entra/g/legacy-mail-exempt", "acme-entra/u/frank", "active", "exception", "acme-entra/u/carol"));
    }

    @Test
    void countsCoverageExpiryAndTheLatestRunsFindingsAboutEach() {
        assertThat(reads.register(null, null).exceptions()).extracting(ExceptionEntry::key, ExceptionEntry::policyKey,
                ExceptionEntry::ticket, ExceptionEntry::expired, ExceptionEntry::identities, ExceptionEntry::privilegedIdentities,
                ExceptionEntry::nhis, ExceptionEntry::findings).containsExactly(
                tuple("acme-entra/x/ex-001", "acme-entra/p/ca001-require-mfa", "SEC-101", false, 2L, 2L, 0L,
                        List.of("exception-scope:dad2090833a1ffa9")),
                tuple("acme-entra/x/ex-002", "acme-entra/p/ca001-require-mfa", "CHG-2231", false, 1L, 0L, 1L,
                        List.of("exception-scope:5207cdce9c961de3", "ownerless-exception:a925ba1c3d567cc6")),
                tuple("acme-entra/x/ex-003", "acme-entra/p/ca001-require-mfa", null, false, 1L, 0L, 0L,
                        List.of("ownerless-exception:044d282f8eb7e2ec")),
                tuple("acme-entra/x/ex-004", "acme-entra/p/ca002-block-legacy-auth", "MIG-0042", true, 1L, 0L, 0L, List.of()),
                tuple("acme-entra/x/ex-005", "acme-entra/p/ca001-require-mfa", "SEC-188", false, 6L, 0L, 1L,
                        List.of("exception-scope:4725cd9c0b4452ef")));
    }

    @Test
    void theFirstRunFoundNothingAboutExceptions() {
        ExceptionRegister register = reads.register(null, ExampleAnalysis.FIRST_RUN);

        assertThat(register.run()).isEqualTo(ExampleAnalysis.FIRST_RUN);
        assertThat(register.exceptions()).hasSize(5).allSatisfy(e -> assertThat(e.findings()).isEmpty());
    }

    @Test
    void filtersByTenantAsPlainText() {
        assertThat(reads.register("globex-ad", null).exceptions()).isEmpty();
        assertThat(reads.register("acme-entra' OR true //", null).exceptions()).isEmpty();
        assertThat(reads.register(" ", null).exceptions()).hasSize(5);
    }

    @Test
    void exportsTheRegisterAsCsvWithOneRowPerException() throws IOException {
        StringBuilder out = new StringBuilder();
        reads.csv(null, null, out);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(out.toString()).startsWith(String.join(",", ExceptionCsv.HEADER) + "\r\n");
        assertThat(rows).extracting(r -> r.get("key"), r -> r.get("ownerStatus"), r -> r.get("expiresAt"), r -> r.get("expired"),
                r -> r.get("findings")).containsExactly(
                tuple("acme-entra/x/ex-001", "active", "", "false", "exception-scope:dad2090833a1ffa9"),
                tuple("acme-entra/x/ex-002", "departed", "", "false", "exception-scope:5207cdce9c961de3;ownerless-exception:a925ba1c3d567cc6"),
                tuple("acme-entra/x/ex-003", "active", "", "false", "ownerless-exception:044d282f8eb7e2ec"),
                tuple("acme-entra/x/ex-004", "active", "2026-06-30T23:59:59Z", "true", ""),
                tuple("acme-entra/x/ex-005", "active", "2027-03-31T00:00:00Z", "false", "exception-scope:4725cd9c0b4452ef"));
        assertThat(rows.get(1).get("justification"))
                .isEqualTo("Multifunction printer scan-to-mail uses SMTP AUTH; vendor has no OAuth firmware");
    }
}
