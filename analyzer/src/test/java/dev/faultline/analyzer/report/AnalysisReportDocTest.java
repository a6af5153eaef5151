package dev.faultline.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/analysis-report.md and the schema beside it say the same thing. */
class AnalysisReportDocTest {

    @Test
    void theDocumentedExampleIsValidAgainstTheSchema() throws IOException {
        String doc = Files.readString(Path.of("../docs/analysis-report.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        assertThat(example).startsWith("{\n  \"runId\"");
        assertThat(JsonSchemaCheck.reportErrors(example)).isEmpty();
    }
}
