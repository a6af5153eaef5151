package dev.faultline.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.app.report.EvidencePack.StandardRow;
import dev.faultline.testsupport.TestNeo4j;

/** The evidence pack of the demo enterprise's latest run (5,000 identities, two analyses, a hostile name), on the real Neo4j. */
class EvidencePackIT {

    static final Path SCREENSHOTS = Path.of(System.getProperty("java.io.tmpdir"), "screenshots");
    static final EvidencePackRenderer RENDERER = new EvidencePackRenderer();
    static Driver driver;
    static EvidencePack pack;
    static String html;

    @BeforeAll
    static void readTheLatestRun() {
        DemoPack.ensureLoaded();
        driver = TestNeo4j.get().driver();
        pack = reader().read("latest", EvidencePackReader.DEFAULT_PATH_LIMIT).orElseThrow();
        html = RENDERER.standaloneHtml(pack);
    }

    static EvidencePackReader reader() {
        return new EvidencePackReader(driver, "neo4j", RENDERER::message);
    }

    List<String> query(String cypher) {
        return driver.executableQuery(cypher).withParameters(Map.of("run", pack.runId())).execute().records().stream()
                .map(r -> r.get(0).asString()).toList();
    }

    @Test
    void listsEveryFindingOfTheRunByKeyInTheDocument() {
        List<String> keys = query("MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding) RETURN f.key ORDER BY f.key");

        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(pack.findings()).extracting(f -> f.key()).containsExactlyInAnyOrderElementsOf(keys);
        String table = html.substring(html.indexOf("id=\"findings-table\""));
        assertThat(keys).allSatisfy(key -> assertThat(table).contains(">" + escape(key) + "<"));
        assertThat(html).contains("id=\"finding-total\">" + String.format("%,d", keys.size()) + "<");
    }

    @Test
    void hasASectionPerRuleWithPathsForTheFirstFindingsAndTheCountOfTheRest() {
        assertThat(pack.rules()).extracting(EvidencePack.RuleSection::id).containsAll(pack.run().rules());
        pack.rules().forEach(rule -> {
            assertThat(html).contains("id=\"rule-" + rule.id() + "\"");
            assertThat(rule.detailed().size() + rule.more()).isEqualTo(rule.total());
            assertThat(rule.detailed()).hasSize((int) Math.min(rule.total(), EvidencePackReader.DEFAULT_PATH_LIMIT));
            rule.detailed().forEach(d -> assertThat(d.hops()).as(d.finding().key()).isNotEmpty());
        });
        assertThat(pack.rules()).anySatisfy(rule -> assertThat(rule.more()).isPositive());
        assertThat(html).contains("class=\"hop weak\"", "weak link");
    }

    @Test
    void showsTheExceptionsRegisterWithOwnerStatus() {
        List<String> exceptions = query("MATCH (e:Exception) RETURN e.key ORDER BY e.key");

        assertThat(pack.exceptions().exceptions()).extracting(e -> e.key()).containsExactlyInAnyOrderElementsOf(exceptions);
        String register = html.substring(html.indexOf("id=\"exception-register\""), html.indexOf("id=\"standards\""));
        assertThat(exceptions).allSatisfy(key -> assertThat(register).contains(">" + escape(key) + "<"));
        assertThat(register).contains("owner owner-active", "owner owner-departed");
    }

    @Test
    void groupsTheFindingsUnderEachStandardTheyCarry() {
        Map<String, Long> expected = new TreeMap<>();
        driver.executableQuery("MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding) UNWIND f.standards AS s "
                + "RETURN s, count(*) AS n").withParameters(Map.of("run", pack.runId())).execute().records()
                .forEach(r -> expected.put(r.get("s").asString(), r.get("n").asLong()));

        Map<String, Long> grouped = new TreeMap<>();
        pack.standards().forEach(s -> grouped.put(s.id(), s.total()));
        assertThat(grouped).isEqualTo(expected);
        assertThat(pack.standards()).extracting(StandardRow::id).startsWith("DE.CM-03").contains("PR.AA-03", "NHI1");
        StandardRow nhi1 = pack.standards().stream().filter(s -> s.id().equals("NHI1")).findFirst().orElseThrow();
        assertThat(nhi1.framework()).isEqualTo("OWASP NHI Top 10");
        assertThat(nhi1.title()).isEqualTo("Improper Offboarding");
        List<String> nhi1Keys = query("MATCH (:AnalysisRun {id: $run})-[:FOUND]->(f:Finding) WHERE 'NHI1' IN f.standards "
                + "RETURN f.key ORDER BY f.key");
        assertThat(nhi1.findings()).containsExactlyElementsOf(nhi1Keys.stream().limit(EvidencePackReader.STANDARD_KEYS).toList());
        expected.keySet().forEach(id -> assertThat(html).contains("data-standard=\"" + id + "\""));
    }

    @Test
    void showsTheScopeWithTheIngestRunsInputHashesTheTrendAndThePlan() {
        assertThat(pack.ingestRuns()).singleElement().satisfies(run -> {
            assertThat(run.source()).isEqualTo("demo-late-arrivals");
            assertThat(run.inputHashes()).hasSize(2).allSatisfy(line -> assertThat(line).matches("[0-9a-f]{64}  .+"));
        });
        assertThat(html).contains(pack.ingestRuns().get(0).inputHashes().get(0), pack.ingestRuns().get(0).contentHash());
        assertThat(pack.tenants()).hasSize(4);
        assertThat(pack.trend()).hasSize(2).last().extracting(EvidencePack.TrendPoint::id).isEqualTo(pack.runId());
        assertThat(pack.plan()).isNotNull();
        assertThat(html).contains("id=\"plan-cuts\"", "id=\"chart-rules\"", "id=\"chart-trend\"", "<polyline");
        assertThat(html.split("<svg", -1)).hasSize(3);
    }

    @Test
    void escapesTheHostileNameAndHasNoScript() {
        assertThat(html).contains(escape(DemoEnterprise.HOSTILE_NAME)).doesNotContain("<script", "javascript:")
                .doesNotContainPattern("\\son[a-z]+=");
        assertThat(RENDERER.servedHtml(pack)).contains(escape(DemoEnterprise.HOSTILE_NAME))
                .doesNotContain("<script", "<style", "style=")
                .contains("<link rel=\"stylesheet\" href=\"/css/evidence-pack.css\"");
    }

    @Test
    void rendersTheSameRunToTheSameBytes() {
        EvidencePack again = reader().read(pack.runId(), EvidencePackReader.DEFAULT_PATH_LIMIT).orElseThrow();

        assertThat(new EvidencePackRenderer().standaloneHtml(again)).isEqualTo(html);
        assertThat(RENDERER.pdf(again)).isEqualTo(RENDERER.pdf(pack));
    }

    @Test
    void thePdfOpensWithTheRunItsFindingsAndItsChartsDrawn() throws Exception {
        byte[] pdf = RENDERER.pdf(pack);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("evidence-pack.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(15, 400);
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(pack.run().finishedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(pack.runId(), "Evidence pack", "Exceptions register", "Standards",
                    "Remediation plan", DemoEnterprise.HOSTILE_NAME);
            String compact = text.replaceAll("\\s+", "");
            pack.findings().stream().limit(50).forEach(f -> assertThat(compact).contains(f.key().replaceAll("\\s+", "")));
            PDFRenderer renderer = new PDFRenderer(document);
            save(renderer.renderImageWithDPI(0, 80), "evidence-pack-page-1.png");
            int summary = pageWith(document, "Findings by rule and severity");
            save(renderer.renderImageWithDPI(summary, 80), "evidence-pack-chart.png");
            int trend = pageWith(document, "Organization risk score by analysis run");
            save(renderer.renderImageWithDPI(trend, 80), "evidence-pack-trend.png");
            save(renderer.renderImageWithDPI(pageWith(document, "Findings by rule" + System.lineSeparator() + "The first"), 80),
                    "evidence-pack-rules.png");
        }
    }

    private static int pageWith(PDDocument document, String text) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(text)) {
                return page - 1;
            }
        }
        throw new AssertionError("no page shows " + text);
    }

    private static void save(BufferedImage image, String name) throws java.io.IOException {
        ImageIO.write(image, "png", SCREENSHOTS.resolve(name).toFile());
    }

    @Test
    void refusesAnUnknownRunWithNothingAndABadPathLimit() {
        assertThat(reader().read("no-such-run", 5)).isEmpty();
        assertThatThrownBy(() -> reader().read("latest", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
