package dev.faultline.app.data;

import static dev.faultline.app.data.ReadQueries.parameters;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import dev.faultline.analyzer.finding.Hop;

/**
 * What the evidence pack reads besides the other services: every finding of a run in compact
 * form, the paths of some of them, and the ingest runs the analysis saw with their input hashes.
 */
public final class EvidenceReads {

    private final ReadQueries queries;

    public EvidenceReads(Driver driver, String database) {
        this.queries = new ReadQueries(driver, database);
    }

    /** Every finding of the run, by rule then key; empty for an unknown run. */
    public List<ReportFinding> findings(String run) {
        return queries.run("ui/report-findings", parameters("run", required(run))).stream()
                .map(r -> new ReportFinding(Values.text(r, "key"), Values.text(r, "rule"), Values.text(r, "severity"),
                        Values.text(r, "subject"), Values.text(r, "subjectName"), Values.text(r, "tenant"),
                        Values.text(r, "ownerKey"), Values.text(r, "ownerName"), Values.text(r, "ownerStatus"),
                        Values.texts(r, "standards")))
                .toList();
    }

    /** The stored hops of these findings of the run, by key in key order; keys not of the run are left out. */
    public Map<String, List<Hop>> paths(String run, Collection<String> keys) {
        Map<String, List<Hop>> paths = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return paths;
        }
        queries.run("ui/report-paths", parameters("run", required(run), "keys", List.copyOf(keys)))
                .forEach(r -> paths.put(Values.text(r, "key"), JsonFields.hops(Values.text(r, "pathJson"))));
        return paths;
    }

    /** These ingest runs, oldest first; ids with no run are left out. */
    public List<IngestRunInputs> ingestRuns(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return queries.run("ui/report-ingest-runs", parameters("ingestRuns", List.copyOf(ids))).stream()
                .map(r -> new IngestRunInputs(Values.text(r, "id"), Values.text(r, "source"), Values.text(r, "status"),
                        Values.instant(r, "startedAt"), Values.instant(r, "finishedAt"), Values.texts(r, "inputs"),
                        Values.text(r, "contentHash"), Values.texts(r, "inputHashes"), Values.texts(r, "tenants"),
                        Values.number(r, "rows")))
                .toList();
    }

    private static String required(String run) {
        if (run == null || run.isBlank()) {
            throw new IllegalArgumentException("a run id is required, was '" + run + "'");
        }
        return run;
    }
}
