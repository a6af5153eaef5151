package dev.faultline.app.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.neo4j.driver.Driver;

import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.run.AnalysisResult;
import dev.faultline.app.scoring.AnalysisService;
import dev.faultline.ingest.generate.GeneratorSettings;
import dev.faultline.ingest.generate.SyntheticEnterprise;
import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;

/**
 * Puts the demo into a database: the merged enterprise of the generator (same seed, same data, no
 * network), analyzed; then a late arrival, a service principal nobody owns whose name is
 * {@value #HOSTILE_NAME} (so every page shows that names are escaped), and a second analysis, so
 * the trend has two points and the second run a new finding.
 */
public final class DemoEnterprise {

    /** A name that runs a script wherever a page forgets to escape it. */
    public static final String HOSTILE_NAME = "<script>alert(1)</script>";
    /** The late arrival's key. */
    public static final String HOSTILE_KEY = "demo/late-arrival";
    /** The demo's size: the demo merged enterprise. */
    public static final GeneratorSettings DEMO = new GeneratorSettings(4, 5_000, 7);

    private static final String LATE_SOURCE = "demo-late-arrivals";

    private final Driver driver;
    private final String database;
    private final int batchSize;

    public DemoEnterprise(Driver driver, String database, int batchSize) {
        this.driver = driver;
        this.database = database;
        this.batchSize = batchSize;
    }

    /** What was loaded, for the caller to report. */
    public record Loaded(int identities, int tenants, List<AnalysisResult> analyses, Duration elapsed) {
    }

    /**
     * Generates the enterprise into {@code workDir}, loads it, analyzes it, loads the late arrival
     * and analyzes again. The database should be empty.
     *
     * @param steps told of each step as it starts
     */
    public Loaded load(GeneratorSettings settings, Path workDir, Steps steps) throws IOException {
        long started = System.nanoTime();
        Path bundle = workDir.resolve("enterprise");
        Path late = workDir.resolve("late-arrival");
        steps.step("Generating a merged enterprise of " + settings.tenants() + " tenants and " + settings.identities()
                + " identities (seed " + settings.seed() + ")");
        new SyntheticEnterprise().generate(settings, bundle);
        BundleLoader loader = new BundleLoader(driver, database, batchSize, IngestListener.NONE);
        steps.step("Loading it");
        loader.ingest(List.of(bundle));
        steps.step("Analyzing it");
        AnalysisResult first = analyze();
        steps.step("Loading a late arrival: a service principal nobody owns, named " + HOSTILE_NAME);
        writeLateArrival(late, firstTenant(bundle));
        loader.ingest(List.of(late));
        awaitNextSecond(first.startedAt());
        steps.step("Analyzing again");
        AnalysisResult second = analyze();
        return new Loaded(settings.identities() + 1, settings.tenants(), List.of(first, second),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private AnalysisResult analyze() {
        return new AnalysisService(driver, database).analyze(Rules.all(), null, now(), null).result();
    }

    /** A bundle of one identity in an existing tenant, under its own source so no load removes the other's data. */
    static void writeLateArrival(Path dir, String tenant) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), """
                {"format": "faultline-bundle", "version": 1, "source": "%s",
                 "description": "faultline demo: an identity that arrived after the first analysis"}
                """.formatted(LATE_SOURCE), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("identities.csv"), "id,tenant,kind,name,display_name,status\n"
                + HOSTILE_KEY + "," + tenant + ",service-principal,\"" + HOSTILE_NAME + "\",\"" + HOSTILE_NAME + "\",active\n",
                StandardCharsets.UTF_8);
    }

    /** The first tenant of the generated bundle's tenants.csv (its key, first column). */
    private static String firstTenant(Path bundle) throws IOException {
        List<String> lines = Files.readAllLines(bundle.resolve("tenants.csv"), StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            throw new IllegalStateException("The generated bundle has no tenant in " + bundle.resolve("tenants.csv"));
        }
        return lines.get(1).split(",", 2)[0];
    }

    /** Run ids are made from the instant to the second: the second analysis must start a second later. */
    private static void awaitNextSecond(OffsetDateTime previous) {
        while (!now().isAfter(previous)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to analyze again", e);
            }
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Told of each step, for progress output. */
    @FunctionalInterface
    public interface Steps {
        Steps NONE = step -> { };

        void step(String description);
    }
}
