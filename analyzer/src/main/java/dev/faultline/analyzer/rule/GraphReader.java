package dev.faultline.analyzer.rule;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The port through which rules read the graph: runs a statement of {@code cypher/} and returns its
 * rows as plain Java values (strings, numbers, booleans, lists, maps, java.time values). Only the
 * Neo4j package implements it; rules never see the driver.
 */
@FunctionalInterface
public interface GraphReader {

    List<Map<String, Object>> rows(String statementId, Map<String, Object> parameters);

    /**
     * Hands the rows to {@code row} one at a time as they arrive, without holding them all: for
     * projections of a large graph.
     */
    default void forEachRow(String statementId, Map<String, Object> parameters, Consumer<Map<String, Object>> row) {
        rows(statementId, parameters).forEach(row);
    }
}
