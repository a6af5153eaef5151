package dev.faultline.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.run.AnalysisStore;
import dev.faultline.analyzer.run.Analyzer;
import dev.faultline.analyzer.run.Neo4jGraphReader;
import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.ingest.generate.GeneratorSettings;
import dev.faultline.ingest.generate.SyntheticEnterprise;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * Times the evidence pack (read, HTML, PDF) and prints its sizes for the demo enterprise (5,000
 * identities) and a generated one ({@code -Devidence.bench.identities}, default 100,000, 4 tenants,
 * seed 7). Not part of the suite (no surefire include matches) and asserts nothing: run by hand with
 * {@code mvn -pl web-ui -am verify -Dtest=EvidencePackBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EvidencePackBenchmark {

    @Test
    void timeThePack() throws IOException {
        Driver driver = TestNeo4j.get().driver();
        TestNeo4j.get().clean();
        new DemoEnterprise(driver, "neo4j", 10_000).load(DemoEnterprise.DEMO,
                Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "pack-bench-demo-"), DemoEnterprise.Steps.NONE);
        measure("demo enterprise (5,001 identities)", driver);

        int identities = Integer.getInteger("evidence.bench.identities", 100_000);
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "pack-bench-");
        new SyntheticEnterprise().generate(new GeneratorSettings(4, identities, 7), dir);
        TestNeo4j.get().clean();
        long start = System.nanoTime();
        new BundleLoader(driver, "neo4j", 10_000, IngestListener.NONE).ingest(List.of(dir));
        List<Rule> rules = Rules.all();
        new AnalysisStore(driver, "neo4j").store(new Analyzer(new Neo4jGraphReader(driver, "neo4j"))
                .run(rules, AnalysisSettings.defaults(OffsetDateTime.parse("2026-11-01T00:00:00Z"))), null,
                rules.stream().map(r -> r.info().id()).toList());
        System.out.printf("loaded and analyzed %,d identities in %.1f s%n", identities, (System.nanoTime() - start) / 1e9);
        measure(String.format("generated enterprise (%,d identities)", identities), driver);
    }

    private static void measure(String name, Driver driver) {
        EvidencePackRenderer renderer = new EvidencePackRenderer();
        EvidencePackReader reader = new EvidencePackReader(driver, "neo4j", renderer::message);
        renderer.pdf(reader.read("latest", EvidencePackReader.DEFAULT_PATH_LIMIT).orElseThrow());
        long start = System.nanoTime();
        EvidencePack pack = reader.read("latest", EvidencePackReader.DEFAULT_PATH_LIMIT).orElseThrow();
        long read = System.nanoTime();
        String html = renderer.standaloneHtml(pack);
        long rendered = System.nanoTime();
        byte[] pdf = renderer.pdf(pack);
        long printed = System.nanoTime();
        int pages;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("%s: %,d findings, %,d exceptions; read %.2f s; HTML %.2f s, %,d bytes; PDF %.2f s, %,d bytes, %,d pages%n",
                name, pack.findings().size(), pack.exceptions().exceptions().size(), (read - start) / 1e9,
                (rendered - read) / 1e9, html.getBytes(StandardCharsets.UTF_8).length, (printed - rendered) / 1e9,
                pdf.length, pages);
    }
}
