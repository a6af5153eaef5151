package dev.faultline.app.data;

import static dev.faultline.app.data.ReadQueries.parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import dev.faultline.analyzer.report.PlanJson;

/** Run history: the analysis runs with their counts and scores, and the ingest runs, newest first. */
public final class RunReads {

    public static final int MAX_RUNS = 500;
    /** Parsed plans kept; the least recently read is dropped first. */
    static final int CACHED_PLANS = 3;

    private final ReadQueries queries;
    private final Map<String, RunPlan> plans = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RunPlan> eldest) {
            return size() > CACHED_PLANS;
        }
    };

    public RunReads(Driver driver, String database) {
        this.queries = new ReadQueries(driver, database);
    }

    /** @param limit 1 to {@value #MAX_RUNS}: newest first (finished last first) */
    public List<AnalysisRunSummary> analysisRuns(int limit) {
        return queries.run("ui/analysis-runs", parameters("limit", (long) checked(limit))).stream()
                .map(RunReads::analysisRun).toList();
    }

    /** One analysis run by id; empty when there is none. */
    public Optional<AnalysisRunSummary> analysisRun(String id) {
        return queries.run("ui/analysis-run", parameters("run", id)).stream().map(RunReads::analysisRun).findFirst();
    }

    /**
     * The remediation plan stored on an analysis run. A stored plan never changes, so the last
     * {@value #CACHED_PLANS} plans read are kept parsed: a page of a large plan (tens of thousands of
     * paths) then costs the query that names the run, not the transfer and parsing of its JSON.
     *
     * @param run the run's id; null or blank for the latest succeeded run
     * @return empty when there is no such run or it stored no plan (failed, or stored before plans were)
     */
    public Optional<RunPlan> plan(String run) {
        Optional<Record> found = queries.run("ui/analysis-run-plan", parameters("run", ReadQueries.blankToNull(run),
                "cached", cachedPlanRuns())).stream().findFirst();
        if (found.isEmpty() || !found.get().get("planned").asBoolean()) {
            return Optional.empty();
        }
        String id = Values.text(found.get(), "run");
        String json = Values.text(found.get(), "planJson");
        synchronized (plans) {
            RunPlan cached = plans.get(id);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        if (json == null) { // dropped from the cache between the query and here: read it once more, whole
            json = Values.text(queries.run("ui/analysis-run-plan", parameters("run", id, "cached", List.of())).get(0), "planJson");
        }
        return Optional.of(remember(new RunPlan(id, PlanJson.read(json))));
    }

    private List<String> cachedPlanRuns() {
        synchronized (plans) {
            return List.copyOf(plans.keySet());
        }
    }

    private RunPlan remember(RunPlan plan) {
        synchronized (plans) {
            plans.put(plan.run(), plan);
        }
        return plan;
    }

    /** @param limit 1 to {@value #MAX_RUNS}: newest first (started last first) */
    public List<IngestRunSummary> ingestRuns(int limit) {
        return queries.run("stats/recent-runs", parameters("limit", (long) checked(limit))).stream()
                .map(r -> new IngestRunSummary(Values.text(r, "id"), Values.text(r, "source"), Values.text(r, "status"),
                        Values.instant(r, "startedAt"), Values.instant(r, "finishedAt"), Values.number(r, "rows"),
                        Values.texts(r, "inputs"), Values.text(r, "error")))
                .toList();
    }

    private static AnalysisRunSummary analysisRun(Record r) {
        JsonFields.Scores scores = JsonFields.scores(Values.text(r, "scoresJson"));
        Long score = Values.number(r, "score");
        return new AnalysisRunSummary(Values.text(r, "id"), Values.instant(r, "startedAt"), Values.instant(r, "finishedAt"),
                Values.text(r, "tenant"), Values.texts(r, "rules"), Values.count(r, "findings"),
                JsonFields.counts(Values.text(r, "countsJson")), score == null ? null : score.intValue(),
                scores == null ? null : scores.organization(), scores == null ? List.of() : scores.tenants(),
                Values.text(r, "status"), Values.text(r, "error"), JsonFields.counts(Values.text(r, "tenantCountsJson")),
                Values.texts(r, "ingestRuns"));
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_RUNS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_RUNS + ", was " + limit);
        }
        return limit;
    }
}
