package dev.faultline.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvOutTest {

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaksOnly() throws IOException {
        StringWriter text = new StringWriter();
        try (CsvOut out = new CsvOut(BundleFile.POLICY_SCOPE, text, new Timestamps())) {
            out.text("Ross, Amelia").text("say \"hi\"").end();
            out.text("two\nlines").text("plain").end();
        }

        assertThat(text.toString()).isEqualTo(
                "policy,target\r\n\"Ross, Amelia\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",plain\r\n");
    }

    @Test
    void writesPaddedKeysDatesAndEmptyCells() throws IOException {
        StringWriter text = new StringWriter();
        try (CsvOut out = new CsvOut(BundleFile.ACCESS, text, new Timestamps())) {
            out.refKey("acme-entra/u/", 123, 7).empty().dateTime(Timestamps.NOW - 1).end();
        }

        assertThat(text.toString()).endsWith("\r\nacme-entra/u/0000123,,2026-10-31T23:59:59Z\r\n");
    }

    @Test
    void countsRowsAndNonEmptyReferences() throws IOException {
        CsvOut out = new CsvOut(BundleFile.OWNERS, new StringWriter(), new Timestamps());
        out.ref("a").ref("b").text("owner").end();
        out.ref("c").ref("").empty().end();
        out.close();

        assertThat(out.rows()).isEqualTo(2);
        assertThat(out.references()).isEqualTo(3);
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        CsvOut out = new CsvOut(BundleFile.MEMBERSHIPS, new StringWriter(), new Timestamps());
        out.text("only one");

        assertThatThrownBy(out::end).isInstanceOf(IllegalStateException.class)
                .hasMessage("memberships.csv: a row has 1 cells for 2 columns");
    }
}
