package dev.faultline.analyzer.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.faultline.analyzer.finding.Finding;
import dev.faultline.analyzer.finding.Hop;

/**
 * One row per finding, RFC 4180 (CRLF line ends, quotes doubled), header always present. A cell
 * starting with {@code = + - @}, a tab or a carriage return gets a leading {@code '}, so a
 * spreadsheet shows a hostile name instead of evaluating it as a formula.
 */
final class CsvReport implements ReportRenderer {

    static final List<String> COLUMNS = List.of("key", "rule", "severity", "subject", "subjectName", "tenant",
            "ownerKey", "ownerName", "ownerStatus", "ownerVia", "path", "evidence", "remediation", "standards",
            "firstSeen", "lastSeen");

    @Override
    public void write(Report report, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(COLUMNS);
        for (Finding f : report.result().findings()) {
            csv.printRecord(Arrays.asList(f.key(), f.rule(), f.severity().id(), f.subjectKey(), f.subjectName(), f.tenant(),
                    f.owner().key(), f.owner().name(), f.owner().status(), f.owner().via(), path(f.path()),
                    JsonTrees.compact(JsonTrees.evidence(f.evidence())), f.remediation(), String.join(";", f.standards()),
                    report.firstSeenOf(f).map(Report::iso).orElse(""), report.analyzedAt())
                    .stream().map(CsvCells::cell).toList());
        }
        csv.flush();
    }

    /**
     * {@code name [Label] -EDGE-> name [Label]}: a hop's name (its key when it has none), its label,
     * the relationship to the next hop; a weak hop's relationship is marked {@code -EDGE!->}, a weak
     * last hop {@code name [Label]!}.
     */
    static String path(List<Hop> hops) {
        return hops.stream().map(CsvReport::hop).collect(Collectors.joining(" "));
    }

    private static String hop(Hop hop) {
        String node = (hop.name() == null ? hop.key() : hop.name()) + " [" + hop.label() + "]";
        if (hop.edge() == null) {
            return hop.weak() ? node + "!" : node;
        }
        return node + " -" + hop.edge() + (hop.weak() ? "!" : "") + "->";
    }
}
