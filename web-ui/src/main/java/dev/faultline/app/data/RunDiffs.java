package dev.faultline.app.data;

import static dev.faultline.app.data.ReadQueries.parameters;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import dev.faultline.analyzer.finding.Severity;

/**
 * Compares two analysis runs by stable finding key: new, resolved and persisting findings, each
 * with its age against the remediation target. Runs are named by id, or {@value #LATEST} and
 * {@value #PREVIOUS} (the newest and the second newest succeeded run).
 */
public final class RunDiffs {

    public static final String LATEST = "latest";
    public static final String PREVIOUS = "previous";

    private static final Comparator<DiffFinding> WORST_FIRST = Comparator
            .comparing((DiffFinding f) -> Severity.parse(f.severity())).reversed()
            .thenComparing(DiffFinding::rule).thenComparing(DiffFinding::key);

    private final ReadQueries queries;
    private final RunReads runs;

    public RunDiffs(Driver driver, String database) {
        this.queries = new ReadQueries(driver, database);
        this.runs = new RunReads(driver, database);
    }

    /** A run by id, {@value #LATEST} or {@value #PREVIOUS}; empty when there is no such run. */
    public Optional<AnalysisRunSummary> run(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a run id, 'latest' or 'previous' is required, was '" + name + "'");
        }
        if (LATEST.equals(name) || PREVIOUS.equals(name)) {
            return runs.analysisRuns(RunReads.MAX_RUNS).stream().filter(AnalysisRunSummary::succeeded)
                    .skip(LATEST.equals(name) ? 0 : 1).findFirst();
        }
        return runs.analysisRun(name.strip());
    }

    /**
     * @param a          the earlier run's name
     * @param b          the later run's name
     * @param targetDays a finding open longer than this many days is overdue
     */
    public RunDiff diff(String a, String b, int targetDays) {
        if (targetDays < 1) {
            throw new IllegalArgumentException("the remediation target must be at least 1 day, was " + targetDays);
        }
        AnalysisRunSummary from = existing(a);
        AnalysisRunSummary to = existing(b);
        return diff(from, to, targetDays);
    }

    /** Diff against no earlier run (every finding of {@code to} is new) when {@code from} is null. */
    public RunDiff diff(AnalysisRunSummary from, AnalysisRunSummary to, int targetDays) {
        Map<String, Record> before = from == null ? Map.of() : findings(from.id());
        Map<String, Record> after = findings(to.id());
        List<DiffFinding> added = new ArrayList<>();
        List<DiffFinding> persisting = new ArrayList<>();
        after.forEach((key, row) -> (before.containsKey(key) ? persisting : added)
                .add(finding(row, to.startedAt(), targetDays)));
        List<DiffFinding> resolved = new ArrayList<>();
        before.forEach((key, row) -> {
            if (!after.containsKey(key)) {
                resolved.add(finding(row, to.startedAt(), targetDays));
            }
        });
        added.sort(WORST_FIRST);
        resolved.sort(WORST_FIRST);
        persisting.sort(WORST_FIRST);
        return new RunDiff(from, to, targetDays, added, resolved, persisting);
    }

    private AnalysisRunSummary existing(String name) {
        return run(name).orElseThrow(() -> new IllegalArgumentException("No analysis run '" + name
                + "' (give a run id from 'faultline history', 'latest' or 'previous')"));
    }

    private Map<String, Record> findings(String runId) {
        Map<String, Record> byKey = new LinkedHashMap<>();
        queries.run("ui/run-findings", parameters("run", runId)).forEach(r -> byKey.put(Values.text(r, "key"), r));
        return byKey;
    }

    private static DiffFinding finding(Record r, OffsetDateTime at, int targetDays) {
        OffsetDateTime firstSeen = Values.instant(r, "firstSeen");
        Duration age = firstSeen == null || at == null ? Duration.ZERO : Duration.between(firstSeen, at);
        return new DiffFinding(Values.text(r, "key"), Values.text(r, "rule"), Values.text(r, "severity"),
                Values.text(r, "subject"), Values.text(r, "subjectName"), Values.text(r, "tenant"),
                Values.text(r, "ownerName"), Values.text(r, "ownerStatus"), firstSeen,
                age.toDays(), age.compareTo(Duration.ofDays(targetDays)) > 0);
    }
}
