package dev.faultline.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExceptionCsvTest {

    @Test
    void neutralisesTabAndCarriageReturnAndKeepsQuotesAndMarkupAsText() throws IOException {
        ExceptionEntry entry = new ExceptionEntry("t/x/1", "t", "t/p/1", "=cmd|' /C calc'!A0", "enabled", "require-mfa",
                "t/u/1", "\tname", List.of("Identity", "Human"), null, null, "missing", "none", null, null,
                "\rsaid \"ok\" <script>alert(1)</script>", "-", OffsetDateTime.parse("2026-01-02T03:04:05+02:00"), null,
                false, 1, 0, 0, List.of());
        StringBuilder out = new StringBuilder();
        ExceptionCsv.write(new ExceptionRegister(OffsetDateTime.parse("2026-11-01T00:00:00Z"), null, List.of(entry)), out);

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().get(0);
        assertThat(row.get("policyName")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.get("subjectName")).isEqualTo("'\tname");
        assertThat(row.get("subjectLabel")).isEqualTo("Identity");
        assertThat(row.get("justification")).isEqualTo("'\rsaid \"ok\" <script>alert(1)</script>");
        assertThat(row.get("ticket")).isEqualTo("'-");
        assertThat(row.get("createdAt")).isEqualTo("2026-01-02T01:04:05Z");
        assertThat(row.get("ownerKey")).isEmpty();
    }

    @Test
    void writesANarrowedRegisterWithOnlyTheKeptRows() throws IOException {
        ExceptionRegister register = new ExceptionRegister(OffsetDateTime.parse("2026-11-01T00:00:00Z"), "run-1",
                List.of(entry("t/x/1", "active"), entry("t/x/2", "departed"), entry("t/x/3", "departed")));
        StringBuilder out = new StringBuilder();
        ExceptionReads.csv(register.where(e -> "departed".equals(e.ownerStatus())), out);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).extracting(r -> r.get("key"), r -> r.get("ownerStatus"))
                .containsExactly(tuple("t/x/2", "departed"),
                        tuple("t/x/3", "departed"));
        assertThat(register.where(e -> "departed".equals(e.ownerStatus())).run()).isEqualTo("run-1");
    }

    private static ExceptionEntry entry(String key, String ownerStatus) {
        return new ExceptionEntry(key, "t", "t/p/1", "Require MFA", "enabled", "require-mfa", "t/u/1", "user",
                List.of("Identity"), null, null, ownerStatus, "none", null, null, "why", "SEC-1", null, null, false, 1, 0, 0,
                List.of());
    }
}
