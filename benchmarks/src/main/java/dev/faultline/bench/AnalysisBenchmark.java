package dev.faultline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.analyzer.path.BypassGraph;
import dev.faultline.analyzer.rule.PatternRule;
import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.GraphReader;
import dev.faultline.analyzer.rule.LegacyAuthBypassRule;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.analyzer.run.AnalysisStore;
import dev.faultline.analyzer.run.Analyzer;
import dev.faultline.analyzer.run.Neo4jGraphReader;
import dev.faultline.embedded.EmbeddedNeo4j;
import dev.faultline.ingest.generate.GeneratorSettings;
import dev.faultline.ingest.generate.SyntheticEnterprise;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;

/**
 * Analysis benchmark: generates a merged enterprise and loads it into an embedded Neo4j (or reuses
 * the store a previous run of the same size and seed left, when told to), then runs the full
 * analysis as {@code faultline analyze} does (every rule, the remediation plan, the scores, and
 * storing the run) and prints the time per rule, the peak heap, and the memory the legacy-auth-bypass
 * projection holds per edge. Arguments: identities tenants seed workDir pageCache reuse (e.g.
 * {@code 1000000 4 7 bench-out 4g false}).
 */
public final class AnalysisBenchmark {

    /** The instant the generator counts its dates from: analyzing "now" there keeps ages fixed. */
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-01T00:00:00Z");

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int identities = Integer.parseInt(args[0]);
        int tenants = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Path work = Path.of(args[3]).toAbsolutePath();
        long pageCache = BenchSupport.parseBytes(args[4]);
        boolean reuse = args.length > 5 && Boolean.parseBoolean(args[5]);
        Files.createDirectories(work);
        MemoryWatch memory = MemoryWatch.start();
        String name = identities + "-" + tenants + "-" + seed;
        Path store = work.resolve("analysis-store-" + name);
        Path loaded = store.resolve("faultline-bench-loaded");
        boolean load = !(reuse && Files.exists(loaded));
        if (load) {
            BenchSupport.deleteRecursively(store);
        }
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(store, 0, pageCache, "1 files"));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.user(), neo4j.password()))) {
            if (load) {
                Path bundle = work.resolve("analysis-bundle-" + name);
                BenchSupport.deleteRecursively(bundle);
                long t0 = System.nanoTime();
                new SyntheticEnterprise().generate(new GeneratorSettings(tenants, identities, seed), bundle);
                System.out.printf("generated %,d identities in %.1f s%n", identities, BenchSupport.seconds(t0));
                long t1 = System.nanoTime();
                new BundleLoader(driver, "neo4j", 10_000, IngestListener.NONE).ingest(List.of(bundle));
                System.out.printf("loaded in %.1f s%n", BenchSupport.seconds(t1));
                Files.writeString(loaded, name + "\n");
            } else {
                System.out.printf("reusing the store loaded earlier: %s%n", store);
            }
            System.out.printf("page cache %,d MiB, heap max %,d MiB, %d cores%n", pageCache >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            Neo4jGraphReader reader = new Neo4jGraphReader(driver, "neo4j");
            AnalysisSettings settings = AnalysisSettings.defaults(NOW);

            measureProjection(reader, settings);

            System.gc();
            memory.resetPeaks();
            long start = System.nanoTime();
            AnalysisResult result = new Analyzer(reader).run(Rules.all(), settings);
            double analysis = BenchSupport.seconds(start);
            long storeStart = System.nanoTime();
            new AnalysisStore(driver, "neo4j").store(result, null, Rules.all().stream().map(r -> r.info().id()).toList());
            double storing = BenchSupport.seconds(storeStart);
            double total = BenchSupport.seconds(start);

            System.out.printf("%nfull analysis of %,d identities: %,d findings in %.1f s (goal: under 120 s)%n",
                    identities, result.findings().size(), total);
            double rules = 0;
            for (Map.Entry<String, Duration> time : result.ruleTimes().entrySet()) {
                long count = result.findings().stream().filter(f -> f.rule().equals(time.getKey())).count();
                System.out.printf("  %-26s %8.1f s %,9d findings%n", time.getKey(), time.getValue().toMillis() / 1000.0, count);
                rules += time.getValue().toMillis() / 1000.0;
            }
            System.out.printf("  %-26s %8.1f s (%d paths, %d cuts, cost %d, %d choke points)%n", "plan, scores, sorting",
                    analysis - rules, result.plan().paths().size(), result.plan().cuts().size(), result.plan().totalCost(),
                    result.plan().chokePoints().size());
            System.out.printf("  %-26s %8.1f s%n", "storing the run", storing);
            compareWithTruth(work.resolve("analysis-bundle-" + name).resolve("truth.json"), result);
            System.out.printf("peak heap during the analysis: %,d MiB used, %,d MiB live after a collection "
                    + "(embedded Neo4j shares this heap)%n", memory.peakHeapMiB(), memory.peakLiveMiB());
        }
        memory.stop();
        System.out.printf("process peak RSS %,d MiB%n", memory.peakRssMiB());
    }

    /**
     * Builds the projection alone and weighs it. The query's rows are captured first; then the
     * projection is built from them between two heap readings, with nothing else running in this
     * JVM (the embedded Neo4j idles), so the difference is what the projection retains. The bytes
     * its arrays hold are counted too.
     */
    private static void measureProjection(Neo4jGraphReader reader, AnalysisSettings settings) {
        long start = System.nanoTime();
        LegacyAuthBypassRule.project(reader, settings);
        double seconds = BenchSupport.seconds(start);
        List<Map<String, Object>> rows = new ArrayList<>();
        reader.forEachRow(LegacyAuthBypassRule.PROJECTION, settings.parameters(), rows::add);
        GraphReader replay = (statement, parameters) -> rows;
        LegacyAuthBypassRule.project(replay, settings);
        long before = liveHeap();
        BypassGraph projection = LegacyAuthBypassRule.project(replay, settings);
        long after = liveHeap();
        int vertices = projection.vertexCount();
        int edges = projection.edgeCount();
        System.out.printf("%nlegacy-auth-bypass projection: %,d vertices, %,d edges (%,d rows), built in %.1f s "
                + "(streamed from Neo4j)%n", vertices, edges, rows.size(), seconds);
        System.out.printf("  heap retained: %,d bytes = %.1f bytes per edge (goal: 50 or less)%n", after - before,
                edges == 0 ? 0.0 : (double) (after - before) / edges);
        System.out.printf("  arrays counted: %,d bytes = %.1f bytes per edge%n", projection.arrayBytes(),
                edges == 0 ? 0.0 : (double) projection.arrayBytes() / edges);
        if (rows.isEmpty() && projection.vertexCount() > 0) {
            throw new IllegalStateException("unreachable: keeps the rows and the projection alive until measured");
        }
    }

    /** Recall and precision per rule against the truth.json the generator wrote beside the bundle. */
    private static void compareWithTruth(Path truthFile, AnalysisResult result) throws IOException {
        if (!Files.exists(truthFile)) {
            System.out.printf("no %s: recall and precision not measured%n", truthFile);
            return;
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        for (JsonNode e : new ObjectMapper().readTree(truthFile.toFile()).get("expected")) {
            String target = e.get("target").isNull() ? null : e.get("target").asText();
            expected.computeIfAbsent(e.get("rule").asText(), r -> new HashSet<>())
                    .add(PatternRule.key(e.get("rule").asText(), e.get("subject").asText(), target));
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        result.findings().forEach(f -> actual.computeIfAbsent(f.rule(), r -> new HashSet<>()).add(f.key()));
        System.out.printf("against truth.json (%s):%n", truthFile.getFileName());
        Set<String> rules = new TreeSet<>(expected.keySet());
        rules.addAll(actual.keySet());
        for (String rule : rules) {
            Set<String> want = expected.getOrDefault(rule, Set.of());
            Set<String> got = actual.getOrDefault(rule, Set.of());
            long hits = got.stream().filter(want::contains).count();
            System.out.printf("  %-26s expected %,7d found %,7d recall %6.2f%% precision %6.2f%%%n", rule, want.size(),
                    got.size(), want.isEmpty() ? 100.0 : 100.0 * hits / want.size(), got.isEmpty() ? 100.0 : 100.0 * hits / got.size());
        }
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
