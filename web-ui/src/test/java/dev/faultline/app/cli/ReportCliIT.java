package dev.faultline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/** {@code faultline report} end to end on the example bundle, analyzed. */
class ReportCliIT extends CommandLineTest {


    @Test
    void writesTheLatestRunsPackAndRefusesAnUnknownRun() throws Exception {
        assertThat(faultline("ingest", "../examples/bundle").exit()).isZero();
        assertThat(faultline("analyze").exit()).isZero();
        JsonNode latest = new ObjectMapper().readTree(faultline("history", "--format", "json").out()).get(0);
        String run = latest.get("id").asText();

        Path pdf = temp.resolve("out/pack.pdf");
        Run written = faultline("report", "--output", pdf.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).contains("Evidence pack of run " + run, "34 findings", pdf.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains(run, "Exceptions register");
        }

        Path html = temp.resolve("pack.html");
        Run page = faultline("report", "--run", run, "--format", "html", "--output", html.toString());
        assertThat(page.exit()).as(page.err()).isZero();
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<style>", "id=\"run-id\">" + run + "<")
                .doesNotContain("<script");

        Run unknown = faultline("report", "--run", "analysis-nope", "--output", temp.resolve("x.pdf").toString());
        assertThat(unknown.exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(unknown.err()).contains("no analysis run 'analysis-nope'");
        assertThat(temp.resolve("x.pdf")).doesNotExist();

        Run badFormat = faultline("report", "--format", "docx", "--output", temp.resolve("y.docx").toString());
        assertThat(badFormat.exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(badFormat.err()).contains("html or pdf");
    }
}
