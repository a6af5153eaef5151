package dev.faultline.cypher;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Runs the contract's statements the way the ingest module will, and reads the graph back as plain
 * values for whole-set assertions. Test-only: the inspection queries here are not part of the contract.
 */
final class Graph {

    /** What a batch of statements changed, summed over their summaries. */
    record Written(int nodesCreated, int relationshipsCreated, int labelsAdded, int labelsRemoved) {
        Written plus(SummaryCounters c) {
            return new Written(nodesCreated + c.nodesCreated(), relationshipsCreated + c.relationshipsCreated(),
                    labelsAdded + c.labelsAdded(), labelsRemoved + c.labelsRemoved());
        }
    }

    private final Driver driver;

    Graph(Driver driver) {
        this.driver = driver;
    }

    void applySchema() {
        Cypher.schemaStatements().forEach(statement -> driver.executableQuery(statement).execute());
    }

    /**
     * Empties the database with {@code admin/reset}. (TestNeo4j.clean() runs CALL ... IN TRANSACTIONS in a
     * managed transaction, which Neo4j refuses.)
     */
    void reset() {
        autoCommit("admin/reset", Map.of());
    }

    /** Writes nodes file by file, then their links, then the relationship files, as the bundle format says. */
    Written write(Map<String, List<Map<String, Object>>> files, String source, String run, OffsetDateTime now) {
        Written written = new Written(0, 0, 0, 0);
        for (String file : SampleBundle.ENTITY_FILES) {
            written = written.plus(ingest("ingest/" + file, files.get(file), source, run, now));
        }
        for (String file : SampleBundle.ENTITY_FILES) {
            if (Cypher.ids().contains("ingest/" + file + "-links")) {
                written = written.plus(ingest("ingest/" + file + "-links", files.get(file), source, run, now));
            }
        }
        for (String file : SampleBundle.RELATIONSHIP_FILES) {
            written = written.plus(ingest("ingest/" + file, files.get(file), source, run, now));
        }
        return written;
    }

    SummaryCounters ingest(String id, List<Map<String, Object>> rows, String source, String run, OffsetDateTime now) {
        return driver.executableQuery(Cypher.statement(id))
                .withParameters(Map.of("rows", rows, "source", source, "run", run, "now", now))
                .execute().summary().counters();
    }

    /** Runs a statement in an auto-commit transaction, as CALL ... IN TRANSACTIONS requires. */
    List<Record> autoCommit(String id, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            return session.run(Cypher.statement(id), parameters).list();
        }
    }

    List<Record> read(String id, Map<String, Object> parameters) {
        return driver.executableQuery(Cypher.statement(id)).withParameters(parameters).execute().records();
    }

    /** Labels of every node, by key (IngestRun nodes by id). */
    Map<String, Set<String>> labels() {
        Map<String, Set<String>> labels = new TreeMap<>();
        for (Record r : query("MATCH (n) RETURN coalesce(n.key, n.id) AS key, labels(n) AS labels")) {
            labels.put(r.get("key").asString(), new TreeSet<>(r.get("labels").asList(v -> v.asString())));
        }
        return labels;
    }

    /** Every relationship as "start -TYPE-> end", sorted, duplicates kept. */
    List<String> relationships() {
        return query("MATCH (a)-[r]->(b) RETURN a.key AS start, type(r) AS type, b.key AS end").stream()
                .map(r -> r.get("start").asString() + " -" + r.get("type").asString() + "-> " + r.get("end").asString())
                .sorted().toList();
    }

    Map<String, Object> node(String key) {
        return query("MATCH (n:Entity {key: $key}) RETURN properties(n) AS p", Map.of("key", key))
                .get(0).get("p").asMap();
    }

    /** Properties of every relationship of one type between two nodes, by its discriminator if any. */
    List<Map<String, Object>> relationship(String start, String type, String end) {
        return query("""
                MATCH (a:Entity {key: $start})-[r]->(b:Entity {key: $end}) WHERE type(r) = $type
                RETURN properties(r) AS p ORDER BY coalesce(r.role, r.kind, r.key)""",
                Map.of("start", start, "type", type, "end", end))
                .stream().map(r -> r.get("p").asMap()).toList();
    }

    /** The {@code key} column of a query given {@code $key}, sorted. */
    List<String> keys(String query, String key) {
        return query(query, Map.of("key", key)).stream().map(r -> r.get("key").asString()).sorted().toList();
    }

    long count(String query) {
        return query(query).get(0).get(0).asLong();
    }

    private List<Record> query(String query) {
        return query(query, Map.of());
    }

    private List<Record> query(String query, Map<String, Object> parameters) {
        return driver.executableQuery(query).withParameters(parameters).execute().records();
    }
}
