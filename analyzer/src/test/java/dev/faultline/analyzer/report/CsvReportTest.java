package dev.faultline.analyzer.report;

import static dev.faultline.analyzer.report.ReportFixture.QUOTED;
import static dev.faultline.analyzer.report.ReportFixture.REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import dev.faultline.analyzer.plan.RemediationPlan;
import dev.faultline.analyzer.run.AnalysisResult;

class CsvReportTest {

    static final String HEADER = "key,rule,severity,subject,subjectName,tenant,ownerKey,ownerName,ownerStatus,ownerVia,"
            + "path,evidence,remediation,standards,firstSeen,lastSeen\r\n";

    @Test
    void writesOneQuotedRowPerFindingWithFormulasNeutralised() {
        assertThat(ReportFormat.CSV.renderer().render(REPORT)).isEqualTo(HEADER
                + "legacy-auth-bypass:00000000000000a1,legacy-auth-bypass,critical,acme/u/ann,"
                + "\"Ann \"\"The Hacker\"\", Jr.\nsecond line\",acme,,,missing,none,"
                + "\"Ann \"\"The Hacker\"\", Jr.\nsecond line [Identity] -HAS_AUTH_PATH-> IMAP, basic [AuthPath] -ACCESSES!-> "
                + "<script>alert(1)</script> [System]\","
                + "\"{\"\"protocol\"\":\"\"IMAP\"\",\"\"identities\"\":3,\"\"noActiveOwner\"\":true}\","
                + "Block legacy authentication.,PR.AA-03;ID.RA-01,2026-11-20T08:00:00Z,2026-11-28T18:15:00Z\r\n"
                + "ownerless-exception:00000000000000b2,ownerless-exception,high,acme/x/ex-2,,acme,acme/u/bob,"
                + "\"Bob, \"\"Bobby\"\"\",departed,exception,acme/x/ex-2 [Exception]!,"
                + "\"{\"\"reasons\"\":[\"\"owner departed\"\",\"\"a,b \\\"\"c\\\"\"\"\"],\"\"noActiveOwner\"\":true}\","
                + "Assign an owner or remove it.,GV.RR-02,,2026-11-28T18:15:00Z\r\n"
                + "legacy-auth-bypass:00000000000000c3,legacy-auth-bypass,medium,beta/u/eve,'=cmd|' /C calc'!A0,beta,"
                + "beta/u/own,'-owner,active,tenant,,\"{\"\"note\"\":\"\"@SUM(1+1)\"\"}\",Block legacy authentication.,"
                + "PR.AA-03;ID.RA-01,2026-11-28T18:15:00Z,2026-11-28T18:15:00Z\r\n"
                + "ownerless-exception:00000000000000d4,ownerless-exception,low,beta/x/ex-9,'+plus\ttab,beta,beta/u/own,"
                + "Olga,active,exception,'+plus\ttab [Exception],{},Assign an owner or remove it.,GV.RR-02,"
                + "2026-11-28T18:15:00Z,2026-11-28T18:15:00Z\r\n");
    }

    @Test
    void readsBackAsTheSameValuesWithAnyCsvParser() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(ReportFormat.CSV.renderer().render(REPORT))).getRecords();
        assertThat(rows).extracting(r -> r.get("key"), r -> r.get("subjectName"), r -> r.get("ownerName"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("legacy-auth-bypass:00000000000000a1", QUOTED, ""),
                        org.assertj.core.groups.Tuple.tuple("ownerless-exception:00000000000000b2", "", "Bob, \"Bobby\""),
                        org.assertj.core.groups.Tuple.tuple("legacy-auth-bypass:00000000000000c3", "'=cmd|' /C calc'!A0",
                                "'-owner"),
                        org.assertj.core.groups.Tuple.tuple("ownerless-exception:00000000000000d4", "'+plus\ttab", "Olga"));
    }

    @Test
    void writesTheHeaderEvenWithoutFindings() {
        AnalysisResult none = new AnalysisResult("analysis-20261128T181500Z", ReportFixture.NOW, List.of(), Map.of(),
                RemediationPlan.EMPTY, ReportFixture.SCORES);
        assertThat(ReportFormat.CSV.renderer().render(new Report(none, List.of(), Map.of(), "acme"))).isEqualTo(HEADER);
    }

    @Test
    void quotesEveryCellThatASpreadsheetWouldEvaluate() {
        assertThat(List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", "a=b", "", "'quoted"))
                .extracting(CsvCells::cell)
                .containsExactly("'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "plain", "a=b", "", "'quoted");
        assertThat(CsvCells.cell(null)).isEmpty();
    }
}
