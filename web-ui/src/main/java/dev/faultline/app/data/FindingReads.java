package dev.faultline.app.data;

import static dev.faultline.app.data.ReadQueries.parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import dev.faultline.analyzer.finding.Hop;

/**
 * The findings screen: pages of an analysis run's findings, filtered and sorted in the database,
 * and one finding in full with what the graph says about each node of its path.
 */
public final class FindingReads {

    private final ReadQueries queries;

    public FindingReads(Driver driver, String database) {
        this.queries = new ReadQueries(driver, database);
    }

    /** One page, and how many findings match; an empty page of total 0 when there is no such run. */
    public FindingPage page(FindingQuery query) {
        if (query == null) {
            throw new IllegalArgumentException("query is required");
        }
        Map<String, Object> parameters = parameters("run", query.run(), "rule", query.rule(),
                "severity", query.severity(), "tenant", query.tenant(), "ownerStatus", query.ownerStatus(),
                "human", query.subjectKind() == null ? null : query.subjectKind() == SubjectKind.HUMAN,
                "text", query.text(), "sort", query.sort().parameter(), "descending", query.descending(),
                "skip", (long) query.page() * query.size(), "limit", (long) query.size());
        List<Record> rows = queries.run("ui/findings", parameters);
        if (rows.isEmpty()) {
            return new FindingPage(null, 0, query.page(), query.size(), List.of());
        }
        Record row = rows.get(0);
        return new FindingPage(row.get("run").asString(), row.get("total").asLong(), query.page(), query.size(),
                row.get("findings").asList(f -> FindingSummary.of(f)));
    }

    /**
     * Every finding matching the query's filters, in its order, over all pages: read
     * {@value FindingQuery#MAX_SIZE} at a time from the run the first page names, so a run that
     * finishes meanwhile does not mix two runs into one export. The query's page and size are ignored.
     *
     * @return the run read, null when there is no such run (then nothing was passed on)
     */
    public String forEach(FindingQuery query, Consumer<FindingSummary> each) {
        if (query == null || each == null) {
            throw new IllegalArgumentException("a query and a consumer are required");
        }
        FindingPage first = page(query.page(0, FindingQuery.MAX_SIZE));
        first.findings().forEach(each);
        FindingQuery sameRun = query.withRun(first.run());
        for (int page = 1; page < first.pages(); page++) {
            page(sameRun.page(page, FindingQuery.MAX_SIZE)).findings().forEach(each);
        }
        return first.run();
    }

    /**
     * The matching findings as RFC 4180 CSV, header first, cells a spreadsheet would run as a
     * formula neutralised as in the exceptions register.
     *
     * @return the run read, null when there is no such run (then only the header was written)
     */
    public String csv(FindingQuery query, Appendable out) throws IOException {
        FindingCsv csv = new FindingCsv(out);
        try {
            return forEach(query, finding -> csv.row(finding));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            csv.flush();
        }
    }

    /** The finding with this key, whichever run found it last. */
    public Optional<FindingDetail> detail(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        List<Record> rows = queries.run("ui/finding", parameters("key", key));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record f = rows.get(0);
        List<Hop> hops = JsonFields.hops(Values.text(f, "pathJson"));
        Map<String, Record> nodes = nodes(hops.stream().map(Hop::key).collect(Collectors.toCollection(LinkedHashSet::new)));
        List<HopDetail> path = hops.stream().map(hop -> detail(hop, nodes.get(hop.key()))).toList();
        return Optional.of(new FindingDetail(Values.text(f, "key"), Values.text(f, "rule"), Values.text(f, "severity"),
                Values.text(f, "subject"), Values.text(f, "subjectName"), GraphNode.ordered(Values.texts(f, "subjectLabels")),
                Values.text(f, "tenant"), path, JsonFields.object(Values.text(f, "evidenceJson")),
                Values.text(f, "ownerKey"), Values.text(f, "ownerName"), Values.text(f, "ownerStatus"),
                Values.text(f, "ownerVia"), Values.text(f, "remediation"), Values.texts(f, "standards"),
                Values.instant(f, "firstSeen"), Values.instant(f, "lastSeen"), Values.text(f, "lastRun")));
    }

    private Map<String, Record> nodes(Set<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return queries.run("ui/nodes", parameters("keys", List.copyOf(keys))).stream()
                .collect(Collectors.toMap(r -> r.get("key").asString(), Function.identity()));
    }

    private static HopDetail detail(Hop hop, Record node) {
        if (node == null) {
            return new HopDetail(hop, List.of(), Map.of());
        }
        Map<String, String> properties = new LinkedHashMap<>();
        node.get("properties").asMap(Function.identity()).forEach((name, value) -> {
            if (!value.isNull()) {
                properties.put(name, text(value));
            }
        });
        return new HopDetail(hop, GraphNode.ordered(Values.texts(node, "labels")), properties);
    }

    private static String text(Value value) {
        Object object = value.asObject();
        return object instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(object);
    }
}
