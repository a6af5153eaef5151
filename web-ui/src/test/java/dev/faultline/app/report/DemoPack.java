package dev.faultline.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.testsupport.TestNeo4j;

/** The demo enterprise in the shared test Neo4j, loaded once unless another test replaced it (as BrowserIT does). */
final class DemoPack {

    private DemoPack() {
    }

    static synchronized void ensureLoaded() {
        boolean present = TestNeo4j.get().driver().executableQuery(
                "MATCH (r:IngestRun {source: 'demo-late-arrivals'}) RETURN count(r) > 0 AS present")
                .execute().records().get(0).get("present").asBoolean();
        if (present) {
            return;
        }
        TestNeo4j.get().clean();
        try {
            Path work = Files.createTempDirectory("evidence-demo");
            new DemoEnterprise(TestNeo4j.get().driver(), "neo4j", 10_000).load(DemoEnterprise.DEMO, work,
                    DemoEnterprise.Steps.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
