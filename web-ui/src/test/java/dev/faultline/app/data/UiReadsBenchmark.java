package dev.faultline.app.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.faultline.analyzer.rule.Rules;
import dev.faultline.ingest.generate.GeneratorSettings;
import dev.faultline.ingest.generate.SyntheticEnterprise;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.testsupport.TestNeo4j;

/**
 * Times every UI read on a generated enterprise (20,000 identities, 4 tenants, seed 7, analyzed with
 * every rule) and prints median, p95 and worst per query. Not part of the test suite (the name
 * matches no surefire include) and passes or fails nothing: run it by hand with
 * {@code mvn -pl cypher,web-ui -am verify -Dtest=UiReadsBenchmark -Dsurefire.failIfNoSpecifiedTests=false},
 * {@code -Dui.bench.identities=N} for another size.
 */
class UiReadsBenchmark {

    private static final int RUNS = 30;

    @Test
    void timeEveryRead() throws IOException {
        int identities = Integer.getInteger("ui.bench.identities", 20_000);
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "ui-bench-");
        new SyntheticEnterprise().generate(new GeneratorSettings(4, identities, 7), dir);
        TestNeo4j neo4j = TestNeo4j.get();
        neo4j.clean();
        Driver driver = neo4j.driver();
        long start = System.nanoTime();
        new BundleLoader(driver, "neo4j", 10_000, IngestListener.NONE).ingest(List.of(dir));
        ExampleAnalysis.analyze(driver, Rules.all(), OffsetDateTime.parse("2026-11-01T00:00:00Z"));
        System.out.printf("loaded and analyzed %,d identities in %.1f s%n", identities, (System.nanoTime() - start) / 1e9);

        FindingReads findings = new FindingReads(driver, "neo4j");
        ExceptionReads exceptions = new ExceptionReads(driver, "neo4j");
        MergerReads merger = new MergerReads(driver, "neo4j");
        ExplorerReads explorer = new ExplorerReads(driver, "neo4j");
        RunReads runs = new RunReads(driver, "neo4j");
        FindingPage all = findings.page(FindingQuery.latest());
        String someKey = all.findings().get(0).key();
        BypassMatrix matrix = merger.matrix(null);
        MatrixCell biggest = matrix.cells().stream().max((a, b) -> Integer.compare(a.findings(), b.findings())).orElseThrow();
        String system = findings.detail(findings.page(FindingQuery.latest().withFilters("legacy-auth-bypass", null, null, null, null, null))
                .findings().get(0).key()).orElseThrow().path().stream().filter(h -> "System".equals(h.hop().label()))
                .reduce((a, b) -> b).orElseThrow().hop().key();
        String tenant = merger.tenants().get(0).key();
        String identity = explorer.search("/u/00001", 1).nodes().get(0).key();
        runs.plan(null).ifPresent(p -> System.out.printf("remediation plan: %,d paths, %,d cuts, %,d choke points%n",
                p.plan().paths().size(), p.plan().cuts().size(), p.plan().chokePoints().size()));
        System.out.printf("findings %,d, exceptions %,d, matrix cells %d (biggest %s -> %s: %d), system %s%n", all.total(),
                exceptions.register(null, null).exceptions().size(), matrix.cells().size(), biggest.fromTenant(),
                biggest.toTenant(), biggest.findings(), system);

        Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
        reads.put("findings page 1 (50, worst first)", () -> findings.page(FindingQuery.latest()));
        reads.put("findings page 5 of 200, by subject", () -> findings.page(FindingQuery.latest().sortedBy(FindingSort.SUBJECT, false).page(4, 200)));
        reads.put("findings filtered (rule, NHI, text)", () -> findings.page(FindingQuery.latest()
                .withFilters("legacy-auth-bypass", null, null, null, SubjectKind.NON_HUMAN, "svc")));
        reads.put("finding detail", () -> findings.detail(someKey));
        reads.put("exceptions register", () -> exceptions.register(null, null));
        reads.put("exceptions CSV", () -> {
            StringBuilder out = new StringBuilder();
            try {
                exceptions.csv(null, null, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out;
        });
        reads.put("tenants", merger::tenants);
        reads.put("trusts", merger::trusts);
        reads.put("bypass matrix", () -> merger.matrix(null));
        reads.put("matrix cell (biggest)", () -> merger.cell(null, biggest.fromTenant(), biggest.toTenant()));
        reads.put("search nodes 'admin'", () -> explorer.search("admin", 20));
        reads.put("neighbours of a tenant (truncated)", () -> explorer.neighbours(tenant));
        reads.put("neighbours of an identity", () -> explorer.neighbours(identity));
        reads.put("who reaches a system without MFA", () -> explorer.whoReachesWithoutMfa(system, null));
        reads.put("shortest path identity -> system", () -> explorer.shortestPath(identity, system));
        reads.put("analysis runs", () -> runs.analysisRuns(20));
        reads.put("ingest runs", () -> runs.ingestRuns(20));
        reads.put("remediation plan (read and parsed)", () -> new RunReads(driver, "neo4j").plan(null));
        reads.put("remediation plan (kept parsed)", () -> runs.plan(null));

        System.out.printf("%-40s %8s %8s %8s  (ms, %d runs after 3 warm-ups)%n", "read", "median", "p95", "max", RUNS);
        reads.forEach((name, read) -> {
            for (int i = 0; i < 3; i++) {
                read.get();
            }
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                read.get();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("%-40s %8.1f %8.1f %8.1f%n", name, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[RUNS - 1]);
        });
    }
}
