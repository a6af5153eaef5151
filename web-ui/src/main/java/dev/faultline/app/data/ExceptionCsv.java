package dev.faultline.app.data;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.faultline.analyzer.report.CsvCells;

/**
 * The exceptions register as CSV. A cell that a spreadsheet would read as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading {@code '}: exception data comes from
 * directories and registers anyone may have typed into.
 */
final class ExceptionCsv {

    static final List<String> HEADER = List.of("key", "tenant", "policyKey", "policyName", "policyState",
            "subjectKey", "subjectName", "subjectLabel", "ownerKey", "ownerName", "ownerStatus", "ownerVia",
            "approverKey", "approverName", "justification", "ticket", "createdAt", "expiresAt", "expired",
            "identities", "privilegedIdentities", "nhis", "findings");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private ExceptionCsv() {
    }

    static void write(ExceptionRegister register, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(HEADER);
        for (ExceptionEntry e : register.exceptions()) {
            csv.printRecord(row(e).stream().map(CsvCells::cell).toList());
        }
        csv.flush();
    }

    private static List<String> row(ExceptionEntry e) {
        List<String> cells = new ArrayList<>(List.of(nn(e.key()), nn(e.tenant()), nn(e.policyKey()), nn(e.policyName()),
                nn(e.policyState()), nn(e.subjectKey()), nn(e.subjectName()),
                e.subjectLabels().isEmpty() ? "" : e.subjectLabels().get(0), nn(e.ownerKey()), nn(e.ownerName()),
                nn(e.ownerStatus()), nn(e.ownerVia()), nn(e.approverKey()), nn(e.approverName())));
        cells.addAll(List.of(nn(e.justification()), nn(e.ticket()), instant(e.createdAt()), instant(e.expiresAt()),
                String.valueOf(e.expired()), String.valueOf(e.identities()), String.valueOf(e.privilegedIdentities()),
                String.valueOf(e.nhis()), String.join(";", e.findings())));
        return cells;
    }

    private static String instant(OffsetDateTime instant) {
        return instant == null ? "" : INSTANT.format(instant.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }
}
