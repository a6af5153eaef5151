package dev.faultline.app.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

import dev.faultline.cypher.Cypher;

/** Runs contract statements as reads against one database: the only class here that calls the driver. */
final class ReadQueries {

    private final Driver driver;
    private final QueryConfig config;

    ReadQueries(Driver driver, String database) {
        if (driver == null) {
            throw new IllegalArgumentException("driver is required");
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("database name is required, was '" + database + "'");
        }
        this.driver = driver;
        this.config = QueryConfig.builder().withDatabase(database).withRouting(RoutingControl.READ).build();
    }

    List<Record> run(String statementId, Map<String, Object> parameters) {
        return driver.executableQuery(Cypher.statement(statementId)).withParameters(parameters).withConfig(config)
                .execute().records();
    }

    /** A parameter map from name, value pairs; values may be null (a null filter). */
    static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /** Null for a null or blank text: an empty form field filters nothing. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
