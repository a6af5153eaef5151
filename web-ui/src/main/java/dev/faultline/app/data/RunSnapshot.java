package dev.faultline.app.data;

import static dev.faultline.app.data.ReadQueries.parameters;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.faultline.cypher.Cypher;

/**
 * What an analysis run's evidence pack shows of the graph besides the run's own findings and plan,
 * as it was when the run finished: the tenants and the exceptions register (owner status, expiry,
 * coverage). Stored on the run as {@code snapshotJson}, so that the same run gives the same
 * document after the graph has moved on. Runs stored before snapshots were have none; their pack
 * reads the graph as it is now.
 *
 * @param tenants    every tenant, as {@link MergerReads#tenants()} read it
 * @param exceptions the register as of the run's start, with the run's findings
 */
public record RunSnapshot(List<TenantSummary> tenants, ExceptionRegister exceptions) {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public RunSnapshot {
        tenants = List.copyOf(tenants);
    }

    /**
     * Reads the snapshot of a stored run from the graph as it is now and stores it on the run.
     *
     * @param run       the stored, succeeded run's id
     * @param startedAt its start: the instant the register judges expiry at
     * @param tenant    its tenant filter; null for the whole graph
     */
    public static RunSnapshot take(Driver driver, String database, String run, OffsetDateTime startedAt, String tenant) {
        Clock atStart = Clock.fixed(startedAt.toInstant(), ZoneOffset.UTC);
        RunSnapshot snapshot = new RunSnapshot(new MergerReads(driver, database).tenants(),
                new ExceptionReads(driver, database, atStart).register(tenant, run));
        driver.executableQuery(Cypher.statement("analysis/store-run-snapshot"))
                .withParameters(Map.of("run", run, "snapshotJson", snapshot.toJson()))
                .withConfig(QueryConfig.builder().withDatabase(database).build()).execute();
        return snapshot;
    }

    /** The snapshot stored on a run; empty for an unknown run or one stored before snapshots were. */
    public static Optional<RunSnapshot> of(Driver driver, String database, String run) {
        return new ReadQueries(driver, database).run("ui/analysis-run-snapshot", parameters("run", run)).stream()
                .map(r -> Values.text(r, "snapshotJson")).filter(json -> json != null).findFirst().map(RunSnapshot::fromJson);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RunSnapshot fromJson(String json) {
        try {
            return JSON.readValue(json, RunSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An analysis run's snapshotJson cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
