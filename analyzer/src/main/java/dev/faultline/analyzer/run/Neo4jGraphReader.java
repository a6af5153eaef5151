package dev.faultline.analyzer.run;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import dev.faultline.analyzer.rule.GraphReader;
import dev.faultline.cypher.Cypher;

/** Reads rows for rules through the driver; the only reader of this module that rules use. */
public final class Neo4jGraphReader implements GraphReader {

    private final Driver driver;
    private final QueryConfig config;
    private final String database;

    public Neo4jGraphReader(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
        this.config = QueryConfig.builder().withDatabase(database).withRouting(org.neo4j.driver.RoutingControl.READ).build();
    }

    @Override
    public List<Map<String, Object>> rows(String statementId, Map<String, Object> parameters) {
        return driver.executableQuery(Cypher.statement(statementId)).withParameters(parameters).withConfig(config)
                .execute().records().stream().map(Record::asMap).toList();
    }

    /** Streams in one auto-commit read (never retried, so no row is handed over twice). */
    @Override
    public void forEachRow(String statementId, Map<String, Object> parameters, Consumer<Map<String, Object>> row) {
        SessionConfig session = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ).build();
        try (Session s = driver.session(session)) {
            Result result = s.run(Cypher.statement(statementId), parameters);
            while (result.hasNext()) {
                row.accept(result.next().asMap());
            }
        }
    }
}
