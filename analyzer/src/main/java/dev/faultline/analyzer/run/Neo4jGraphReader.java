package dev.faultline.analyzer.run;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

import dev.faultline.analyzer.rule.GraphReader;
import dev.faultline.cypher.Cypher;

/** Reads rows for rules through the driver; the only reader of this module that rules use. */
public final class Neo4jGraphReader implements GraphReader {

    private final Driver driver;
    private final QueryConfig config;

    public Neo4jGraphReader(Driver driver, String database) {
        this.driver = driver;
        this.config = QueryConfig.builder().withDatabase(database).withRouting(org.neo4j.driver.RoutingControl.READ).build();
    }

    @Override
    public List<Map<String, Object>> rows(String statementId, Map<String, Object> parameters) {
        return driver.executableQuery(Cypher.statement(statementId)).withParameters(parameters).withConfig(config)
                .execute().records().stream().map(Record::asMap).toList();
    }
}
