package dev.faultline.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void readsEachFormatByItsIdInAnyCase() {
        assertThat(Arrays.stream(ReportFormat.values()).map(ReportFormat::id)).containsExactly("text", "json", "csv",
                "sarif");
        assertThat(ReportFormat.parse("SARIF")).isEqualTo(ReportFormat.SARIF);
        assertThat(ReportFormat.parse(" csv ")).isEqualTo(ReportFormat.CSV);
    }

    @Test
    void refusesAnUnknownFormatNamingTheChoices() {
        assertThatThrownBy(() -> ReportFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format must be one of text, json, csv, sarif, was 'xml'");
        assertThatThrownBy(() -> ReportFormat.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format must be one of text, json, csv, sarif, was 'null'");
    }
}
