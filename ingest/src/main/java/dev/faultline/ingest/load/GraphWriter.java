package dev.faultline.ingest.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.SummaryCounters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.cypher.Cypher;
import dev.faultline.ingest.bundle.BundleReader;
import dev.faultline.ingest.bundle.FileSpec;

/** Runs the ingest statements of {@code cypher/} through the driver. */
final class GraphWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map<String, Object>> END = List.of();

    private final Driver driver;
    private final QueryConfig config;
    private final String database;
    private final LongAdder nodesCreated = new LongAdder();
    private final LongAdder relationshipsCreated = new LongAdder();

    GraphWriter(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
        this.config = QueryConfig.builder().withDatabase(database).build();
    }

    void applySchema() {
        for (String statement : Cypher.schemaStatements()) {
            driver.executableQuery(statement).withConfig(config).execute();
        }
        driver.executableQuery(Cypher.statement("admin/await-indexes")).withConfig(config).execute();
    }

    /** The labels of those keys that exist in the database. */
    Map<String, Set<String>> labelsOf(Collection<String> keys) {
        Map<String, Set<String>> found = new HashMap<>();
        for (Record r : driver.executableQuery(Cypher.statement("ingest/existing-keys"))
                .withParameters(Map.of("keys", List.copyOf(keys))).withConfig(config).execute().records()) {
            found.put(r.get("key").asString(), Set.copyOf(r.get("labels").asList(v -> v.asString())));
        }
        return found;
    }

    /** Whether the source has any node in these scopes; checked before a run writes. */
    boolean sourceHasData(String source, List<String> scopes) {
        return driver.executableQuery(Cypher.statement("ingest/source-present"))
                .withParameters(Map.of("source", source, "scopes", scopes)).withConfig(config).execute()
                .records().get(0).get("present").asBoolean();
    }

    void startRun(RunContext run, List<String> inputs, String contentHash, List<String> inputHashes) {
        nodesCreated.reset();
        relationshipsCreated.reset();
        driver.executableQuery(Cypher.statement("ingest/run-start"))
                .withParameters(Map.of("run", run.runId(), "source", run.source(), "now", run.startedAt(),
                        "inputs", inputs, "contentHash", contentHash, "inputHashes", inputHashes))
                .withConfig(config).execute();
    }

    /**
     * Streams the file's rows through {@code statement} in batches. Reading and converting the next
     * batches overlaps with writing: {@code writers} threads each commit one batch at a time.
     *
     * @return rows written
     */
    long writeBatches(BundleReader reader, FileSpec spec, int batchSize, int writers, String statement,
            RunContext run, LongConsumer onBatchWritten) {
        BlockingQueue<List<Map<String, Object>>> queue = new ArrayBlockingQueue<>(writers + 1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicLong rows = new AtomicLong();
        LongConsumer progress = written -> {
            synchronized (onBatchWritten) {
                onBatchWritten.accept(written);
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Thread thread = new Thread(() -> drain(queue, statement, run, failure, rows, progress),
                    "faultline-writer-" + i);
            thread.start();
            threads.add(thread);
        }
        try {
            reader.forEachBatch(spec, batchSize, batch -> put(queue, batch, failure));
        } finally {
            threads.forEach(t -> put(queue, END, null));
            threads.forEach(GraphWriter::join);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return rows.get();
    }

    private void drain(BlockingQueue<List<Map<String, Object>>> queue, String statement, RunContext run,
            AtomicReference<RuntimeException> failure, AtomicLong rows, LongConsumer onBatchWritten) {
        while (true) {
            List<Map<String, Object>> batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (batch == END) {
                return;
            }
            if (failure.get() != null) {
                continue;
            }
            try {
                SummaryCounters counters = driver.executableQuery(statement)
                        .withParameters(Map.of("rows", batch, "source", run.source(), "run", run.runId(),
                                "now", run.startedAt()))
                        .withConfig(config).execute().summary().counters();
                nodesCreated.add(counters.nodesCreated());
                relationshipsCreated.add(counters.relationshipsCreated());
                rows.addAndGet(batch.size());
                onBatchWritten.accept(batch.size());
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }
    }

    private static void put(BlockingQueue<List<Map<String, Object>>> queue, List<Map<String, Object>> batch,
            AtomicReference<RuntimeException> failure) {
        if (failure != null && failure.get() != null) {
            throw failure.get();
        }
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long nodesCreated() {
        return nodesCreated.sum();
    }

    long relationshipsCreated() {
        return relationshipsCreated.sum();
    }

    /**
     * Deletes what this source wrote in these scopes before this run and did not write again.
     * Runs in auto-commit transactions (the statements batch themselves).
     *
     * @return {nodes deleted, relationships deleted}
     */
    long[] removeStale(RunContext run, List<String> scopes) {
        Map<String, Object> params = Map.of("source", run.source(), "scopes", scopes, "run", run.runId());
        long relationships = runAutoCommit("ingest/cleanup-stale-relationships", params, "deleted");
        long nodes = runAutoCommit("ingest/cleanup-stale-nodes", params, "deleted");
        return new long[] {nodes, relationships};
    }

    private long runAutoCommit(String id, Map<String, Object> params, String countColumn) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            return session.run(Cypher.statement(id), params).list().stream()
                    .mapToLong(r -> r.get(countColumn).asLong(0)).sum();
        }
    }

    /** The source name of the SAME_AS links that identity resolution derives. */
    static final String RESOLUTION_SOURCE = "identity-resolution";

    /**
     * Derives SAME_AS links across tenants from the graph as it is now, replacing the previous
     * derivation; links loaded by bundles and connectors are kept and never duplicated.
     *
     * @return links made, by rule
     */
    Map<String, Long> resolveIdentities() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        Map<String, Object> params = Map.of("source", RESOLUTION_SOURCE, "run", "resolution-" + now, "now", now);
        runAutoCommit("resolution/clear", Map.of("source", RESOLUTION_SOURCE), "deleted");
        Map<String, Long> links = new java.util.LinkedHashMap<>();
        links.put("onPremisesSecurityIdentifier", runAutoCommit("resolution/link-by-sid", params, "linked"));
        links.put("Okta directory integration and upn", runAutoCommit("resolution/link-okta-from-ad", params, "linked"));
        links.put("employeeId, upn or email", runAutoCommit("resolution/link-same-person", params, "linked"));
        return links;
    }

    void finishRun(RunContext run, IngestResult result, String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("run", run.runId());
        params.put("status", error == null ? "succeeded" : "failed");
        params.put("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        params.put("tenants", result.tenants());
        params.put("rows", result.rowsPerFile().values().stream().mapToLong(Long::longValue).sum());
        params.put("nodesWritten", result.nodesCreated());
        params.put("relationshipsWritten", result.relationshipsCreated());
        params.put("nodesDeleted", result.nodesDeleted());
        params.put("relationshipsDeleted", result.relationshipsDeleted());
        params.put("countsJson", toJson(result.rowsPerFile()));
        params.put("error", error);
        driver.executableQuery(Cypher.statement("ingest/run-finish")).withParameters(params).withConfig(config).execute();
    }

    void failRun(RunContext run, RuntimeException cause) {
        IngestResult partial = new IngestResult(run.runId(), run.source(), Map.of(), List.of(), nodesCreated(),
                relationshipsCreated(), 0, 0, java.time.Duration.ZERO);
        try {
            finishRun(run, partial, String.valueOf(cause.getMessage()));
        } catch (RuntimeException recordFailure) {
            cause.addSuppressed(recordFailure);
        }
    }

    private static String toJson(Map<String, Long> counts) {
        try {
            return JSON.writeValueAsString(counts.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                            java.util.LinkedHashMap::new)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
