package dev.faultline.ingest.load;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.neo4j.driver.Driver;

import dev.faultline.cypher.Cypher;
import dev.faultline.ingest.bundle.Bundle;
import dev.faultline.ingest.bundle.BundleReader;
import dev.faultline.ingest.bundle.BundleSchema;
import dev.faultline.ingest.bundle.BundleValidator;
import dev.faultline.ingest.bundle.FileSpec;
import dev.faultline.ingest.bundle.ValidationReport;
import dev.faultline.ingest.connector.Connectors;

/**
 * Loads Faultline bundles into Neo4j. Every bundle given to one {@link #ingest} call is validated
 * before anything is written; an invalid one fails the whole call with {@link InvalidBundleException}
 * and the database is left as it was.
 */
public final class BundleLoader {

    /** Concurrent write transactions unless told otherwise. */
    public static final int DEFAULT_WRITERS = 2;

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final GraphWriter writer;
    private final int batchSize;
    private final int writers;
    private final IngestListener listener;
    private final Connectors connectors = Connectors.installed();

    /**
     * @param driver    the process's driver
     * @param database  target database
     * @param batchSize rows per write transaction, at least 1 (thousands for speed)
     * @param listener  progress reporting, {@link IngestListener#NONE} for none
     */
    public BundleLoader(Driver driver, String database, int batchSize, IngestListener listener) {
        this(driver, database, batchSize, DEFAULT_WRITERS, listener);
    }

    /**
     * @param writers concurrent write transactions for nodes, at least 1; two keep both cores of a
     *                small machine busy
     */
    public BundleLoader(Driver driver, String database, int batchSize, int writers, IngestListener listener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (writers < 1) {
            throw new IllegalArgumentException("writers must be at least 1, was " + writers);
        }
        this.writer = new GraphWriter(driver, database);
        this.batchSize = batchSize;
        this.writers = writers;
        this.listener = listener;
    }

    /**
     * Reads every input (a bundle, or an export a connector reads), validates it, then loads them
     * one after another, each as its own ingest run.
     *
     * @throws dev.faultline.ingest.connector.ConnectorException when an export cannot be read; nothing was written
     * @throws InvalidBundleException when any bundle is invalid; nothing was written
     * @throws IngestException        when writing failed; the run is recorded as failed, nothing deleted
     */
    public List<IngestResult> ingest(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("Give at least one bundle or export");
        }
        List<StagedInput> inputs = new ArrayList<>();
        try {
            for (Path path : paths) {
                listener.phase(path.toString(), "reading");
                inputs.add(StagedInput.of(path, connectors));
            }
            writer.applySchema();
            List<Validated> validated = validateAll(inputs);
            List<IngestResult> results = new ArrayList<>();
            for (Validated v : validated) {
                results.add(load(v));
            }
            listener.phase("all tenants", "resolving identities across tenants");
            listener.resolved(writer.resolveIdentities());
            return results;
        } finally {
            inputs.forEach(StagedInput::close);
        }
    }

    private List<Validated> validateAll(List<StagedInput> inputs) {
        List<Validated> validated = new ArrayList<>();
        Map<Path, ValidationReport> invalid = new LinkedHashMap<>();
        for (StagedInput input : inputs) {
            long start = System.nanoTime();
            listener.phase(input.describe(), "validating");
            try (Bundle bundle = Bundle.open(input.bundle())) {
                ValidationReport report = new BundleValidator(writer::labelsOf).validate(bundle);
                if (report.isValid()) {
                    validated.add(new Validated(input, report, bundle.contentHash(), bundle.fileHashLines(),
                            System.nanoTime() - start));
                } else {
                    invalid.put(input.original(), report);
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidBundleException(invalid);
        }
        return validated;
    }

    private IngestResult load(Validated validated) {
        long start = System.nanoTime() - validated.validationNanos();
        try (Bundle bundle = Bundle.open(validated.input().bundle())) {
            String source = bundle.manifest().source();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            String runId = "run-" + RUN_ID.format(now) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
            RunContext run = new RunContext(runId, source, now);
            List<String> scopes = List.copyOf(validated.report().tenantScopes());
            boolean mayLeaveStaleData = writer.sourceHasData(source, scopes);
            writer.startRun(run, List.of(validated.input().original().toAbsolutePath().toString()), validated.contentHash(),
                    validated.inputHashes());
            try {
                Map<String, Long> rows = validated.report().rowsPerFile();
                write(bundle, run, "writing nodes", steps(BundleSchema.nodeFiles(), rows, false), writers);
                List<WriteStep> relationships = new ArrayList<>(steps(BundleSchema.nodeFiles(), rows, true));
                relationships.addAll(steps(BundleSchema.relationshipFiles(), rows, false));
                write(bundle, run, "writing relationships", relationships, 1);
                long[] deleted = {0, 0};
                if (mayLeaveStaleData) {
                    listener.phase(source, "removing stale data");
                    deleted = writer.removeStale(run, scopes);
                }
                IngestResult result = new IngestResult(runId, source, rows, scopes, writer.nodesCreated(),
                        writer.relationshipsCreated(), deleted[0], deleted[1],
                        Duration.ofNanos(System.nanoTime() - start));
                writer.finishRun(run, result, null);
                return result;
            } catch (RuntimeException e) {
                writer.failRun(run, e);
                throw new IngestException("Ingest of " + validated.input().describe() + " failed: " + e.getMessage()
                        + " (run " + runId + " recorded as failed; nothing was deleted)", e);
            }
        }
    }

    /**
     * The files that have rows and a statement, in order. With {@code links}, each node file's link
     * statement instead of its node statement (files without one are left out).
     */
    private static List<WriteStep> steps(List<FileSpec> files, Map<String, Long> rows, boolean links) {
        List<WriteStep> steps = new ArrayList<>();
        for (FileSpec spec : files) {
            long count = rows.getOrDefault(spec.fileName(), 0L);
            String statementId = statementId(spec, links);
            if (count > 0 && Cypher.ids().contains(statementId)) {
                steps.add(new WriteStep(spec, statementId, count));
            }
        }
        return steps;
    }

    /**
     * Nodes have distinct keys, so concurrent batches never wait for each other. Relationships
     * share dense end nodes (a tenant, a large group): concurrent batches deadlock on them and
     * retry, which is slower than one writer, so that phase uses one.
     */
    private void write(Bundle bundle, RunContext run, String phase, List<WriteStep> steps, int writers) {
        if (steps.isEmpty()) {
            return;
        }
        listener.phase(run.source(), phase);
        long total = steps.stream().mapToLong(WriteStep::rows).sum();
        long[] done = {0};
        BundleReader reader = new BundleReader(bundle);
        for (WriteStep step : steps) {
            writer.writeBatches(reader, step.spec(), batchSize, writers, Cypher.statement(step.statementId()), run, batchRows -> {
                done[0] += batchRows;
                listener.progress(step.spec().fileName(), done[0], total);
            });
        }
    }

    static String statementId(FileSpec spec, boolean links) {
        String base = "ingest/" + spec.fileName().replace(".csv", "");
        return links ? base + "-links" : base;
    }

    private record Validated(StagedInput input, ValidationReport report, String contentHash, List<String> inputHashes,
            long validationNanos) {
    }

    private record WriteStep(FileSpec spec, String statementId, long rows) {
    }
}
