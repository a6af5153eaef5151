package dev.faultline.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.faultline.analyzer.report.CsvCells;

/**
 * Findings as CSV, one row at a time as they are read. Subject and owner names come from
 * directories anyone may have typed into, so every cell goes through
 * {@link CsvCells#cell}: a spreadsheet opening the file runs no formula.
 */
final class FindingCsv {

    static final List<String> HEADER = List.of("key", "rule", "severity", "subjectKey", "subjectName", "tenant",
            "ownerKey", "ownerName", "ownerStatus", "ownerVia", "firstSeen", "lastSeen");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final CSVPrinter printer;

    FindingCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(HEADER);
    }

    /** One finding's row; an {@link UncheckedIOException} when the output fails. */
    void row(FindingSummary f) {
        List<String> cells = List.of(nn(f.key()), nn(f.rule()), nn(f.severity()), nn(f.subject()), nn(f.subjectName()),
                nn(f.tenant()), nn(f.ownerKey()), nn(f.ownerName()), nn(f.ownerStatus()), nn(f.ownerVia()),
                instant(f.firstSeen()), instant(f.lastSeen()));
        try {
            printer.printRecord(cells.stream().map(CsvCells::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() throws IOException {
        printer.flush();
    }

    static String instant(OffsetDateTime instant) {
        return instant == null ? "" : INSTANT.format(instant.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }
}
