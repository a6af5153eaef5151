package dev.faultline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import dev.faultline.cypher.Cypher;
import dev.faultline.embedded.EmbeddedNeo4j;
import dev.faultline.ingest.bundle.Bundle;
import dev.faultline.ingest.bundle.BundleReader;
import dev.faultline.ingest.bundle.BundleSchema;
import dev.faultline.ingest.generate.GenerationSummary;
import dev.faultline.ingest.generate.GeneratorSettings;
import dev.faultline.ingest.generate.SyntheticEnterprise;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.ingest.load.IngestResult;

/**
 * Generates a merged enterprise, loads it into a fresh embedded Neo4j with the product's loader,
 * then loads a 10,000-row sample the naive way (one transaction per row) and prints both rates.
 * Arguments: identities tenants seed workDir pageCache (e.g. {@code 1000000 4 7 bench-out 4g}).
 */
public final class IngestBenchmark {

    private static final int NAIVE_SAMPLE = 10_000;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int identities = Integer.parseInt(args[0]);
        int tenants = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Path work = Path.of(args[3]).toAbsolutePath();
        long pageCache = BenchSupport.parseBytes(args[4]);
        int writers = args.length > 5 ? Integer.parseInt(args[5]) : BundleLoader.DEFAULT_WRITERS;
        Files.createDirectories(work);
        MemoryWatch memory = MemoryWatch.start();

        Path bundle = work.resolve("bundle-" + identities + "-" + tenants + "-" + seed);
        BenchSupport.deleteRecursively(bundle);
        long t0 = System.nanoTime();
        GenerationSummary generated = new SyntheticEnterprise().generate(new GeneratorSettings(tenants, identities, seed), bundle);
        double generateSeconds = BenchSupport.seconds(t0);
        System.out.printf("generate: %,d identities, %,d rows in %.1f s%n", identities, generated.totalRows(), generateSeconds);

        Path store = work.resolve("store");
        BenchSupport.deleteRecursively(store);
        long t1 = System.nanoTime();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(store, 0, pageCache, "1 files"));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.user(), neo4j.password()))) {
            System.out.printf("embedded Neo4j started in %.1f s (page cache %,d MiB, heap max %,d MiB, %d writers, %d cores)%n",
                    BenchSupport.seconds(t1), pageCache >> 20, Runtime.getRuntime().maxMemory() >> 20, writers,
                    Runtime.getRuntime().availableProcessors());
            long t2 = System.nanoTime();
            PhasePrinter phases = new PhasePrinter();
            IngestResult result = new BundleLoader(driver, "neo4j", 10_000, writers, phases).ingest(List.of(bundle)).get(0);
            double loadSeconds = BenchSupport.seconds(t2);
            phases.phase("", "done");
            org.neo4j.driver.Record totals = driver.executableQuery(Cypher.statement("stats/totals")).execute()
                    .records().get(0);
            long nodes = totals.get("nodes").asLong();
            long relationships = totals.get("relationships").asLong();
            long rows = result.rowsPerFile().values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("%nload (validation + write + cleanup): %.1f s%n", loadSeconds);
            double nodeSeconds = phases.seconds("writing nodes");
            double relationshipSeconds = phases.seconds("writing relationships");
            System.out.printf("  nodes %,d in %.1f s -> %,.0f nodes/s%n", nodes, nodeSeconds, nodes / nodeSeconds);
            System.out.printf("  relationships %,d in %.1f s -> %,.0f relationships/s%n", relationships,
                    relationshipSeconds, relationships / relationshipSeconds);
            System.out.printf("  rows %,d -> %,.0f rows/s%n", rows, rows / loadSeconds);

            double naive = naiveRowsPerSecond(driver, bundle);
            double batched = batchedRowsPerSecond(driver, bundle);
            System.out.printf("%nnaive loader, one transaction per row, %,d identity rows: %,.0f rows/s%n", NAIVE_SAMPLE, naive);
            System.out.printf("batched loader, same %,d rows in one UNWIND batch: %,.0f rows/s (%.0fx the naive rate)%n",
                    NAIVE_SAMPLE, batched, batched / naive);
            System.out.printf("whole load %,.0f rows/s = %.0fx the naive rate%n", rows / loadSeconds, rows / loadSeconds / naive);
        }
        memory.stop();
        System.out.printf("%npeak memory: process RSS %,d MiB (VmHWM), Java heap used %,d MiB; total %.1f s%n",
                memory.peakRssMiB(), memory.peakHeapMiB(), BenchSupport.seconds(t0));
    }

    /** Writes the sample with the product's identity statement, one row per transaction. */
    private static double naiveRowsPerSecond(Driver driver, Path bundle) {
        List<Map<String, Object>> rows = sample(bundle, "naive/");
        String statement = Cypher.statement("ingest/identities");
        long start = System.nanoTime();
        for (Map<String, Object> row : rows) {
            driver.executableQuery(statement).withParameters(params(List.of(row), "naive")).execute();
        }
        return rows.size() / BenchSupport.seconds(start);
    }

    private static double batchedRowsPerSecond(Driver driver, Path bundle) {
        List<Map<String, Object>> rows = sample(bundle, "batched/");
        long start = System.nanoTime();
        driver.executableQuery(Cypher.statement("ingest/identities")).withParameters(params(rows, "batched")).execute();
        return rows.size() / BenchSupport.seconds(start);
    }

    private static Map<String, Object> params(List<Map<String, Object>> rows, String source) {
        return Map.of("rows", rows, "source", "bench-" + source, "run", "bench-" + source,
                "now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
    }

    private static List<Map<String, Object>> sample(Path path, String prefix) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Bundle bundle = Bundle.open(path)) {
            new BundleReader(bundle).forEachBatch(BundleSchema.file("identities.csv").orElseThrow(), NAIVE_SAMPLE, batch -> {
                for (Map<String, Object> row : batch) {
                    if (rows.size() < NAIVE_SAMPLE) {
                        Map<String, Object> copy = new HashMap<>(row);
                        copy.put("id", prefix + row.get("id"));
                        rows.add(copy);
                    }
                }
            });
        }
        return rows;
    }




    /** Prints each phase with its time; the terminal bar of the CLI is not wanted in a log. */
    private static final class PhasePrinter implements IngestListener {
        private final Map<String, Double> seconds = new HashMap<>();
        private long phaseStart = System.nanoTime();
        private String phase;

        @Override
        public void phase(String source, String next) {
            long now = System.nanoTime();
            if (phase != null) {
                double took = (now - phaseStart) / 1e9;
                seconds.merge(phase, took, Double::sum);
                System.out.printf("  %-24s %6.1f s%n", phase, took);
            }
            phase = next;
            phaseStart = now;
        }

        double seconds(String name) {
            return seconds.getOrDefault(name, Double.NaN);
        }
    }
}
