package dev.faultline.app.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.faultline.analyzer.rule.Rules;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.RunReads;
import dev.faultline.app.neo4j.Neo4jConnection;
import dev.faultline.app.scoring.AnalysisService;
import dev.faultline.app.scoring.GraphBusyException;
import dev.faultline.app.scoring.GraphWork;
import dev.faultline.app.scoring.StoredAnalysis;

/**
 * Runs every rule and stores the run ({@link AnalysisService}) for {@code POST /api/ingest/analyze},
 * holding the server's {@link GraphWork} as the schedule and the Ingest page do: a request while
 * an analysis runs or an upload loads in this server is refused with {@link ApiConflictException}.
 * Blocking: call it off the event loop.
 */
@Component
class AnalysisLauncher {

    private final ObjectProvider<Neo4jConnection> connection;
    private final ObjectProvider<RunReads> runs;
    private final GraphWork work;

    AnalysisLauncher(ObjectProvider<Neo4jConnection> connection, ObjectProvider<RunReads> runs,
            ObjectProvider<GraphWork> work) {
        this.connection = connection;
        this.runs = runs;
        this.work = work.getIfAvailable(GraphWork::new);
    }

    /**
     * @param tenant only findings about this tenant's objects; null or blank for the whole graph
     * @return the stored run, as {@code GET /api/runs/{id}} shows it
     * @throws ApiConflictException when an analysis runs or an upload loads in this server
     */
    AnalysisRunSummary analyze(String tenant) {
        try {
            work.enter(GraphWork.Kind.ANALYSIS, "started from the API");
        } catch (GraphBusyException e) {
            throw new ApiConflictException(e.getMessage());
        }
        try {
            Neo4jConnection neo4j = connection.getObject();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            StoredAnalysis stored = new AnalysisService(neo4j.driver(), neo4j.database())
                    .analyze(Rules.all(), tenant == null || tenant.isBlank() ? null : tenant.strip(), now, null);
            String id = stored.result().runId();
            return runs.getObject().analysisRun(id)
                    .orElseThrow(() -> new IllegalStateException("The analysis run " + id + " was stored but cannot be read back"));
        } finally {
            work.leave();
        }
    }
}
