package dev.faultline.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class FindingCsvTest {

    @Test
    void writesAHeaderAndNeutralisesFormulaCellsInNamesTypedByAnyone() throws IOException {
        FindingSummary finding = new FindingSummary("ownerless-nhi:1", "ownerless-nhi", "high", "t/sp/1",
                "=HYPERLINK(\"http://x\")", "t", null, "@owner", "missing", "none",
                OffsetDateTime.parse("2026-01-02T03:04:05+02:00"), null);
        StringBuilder out = new StringBuilder();
        FindingCsv csv = new FindingCsv(out);
        csv.row(finding);
        csv.flush();

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().get(0);
        assertThat(out.toString()).startsWith(String.join(",", FindingCsv.HEADER) + "\r\n");
        assertThat(row.get("subjectName")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get("ownerName")).isEqualTo("'@owner");
        assertThat(row.get("ownerKey")).isEmpty();
        assertThat(row.get("firstSeen")).isEqualTo("2026-01-02T01:04:05Z");
        assertThat(row.get("lastSeen")).isEmpty();
    }
}
