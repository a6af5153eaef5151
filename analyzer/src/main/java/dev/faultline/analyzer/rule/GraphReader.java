package dev.faultline.analyzer.rule;

import java.util.List;
import java.util.Map;

/**
 * The port through which rules read the graph: runs a statement of {@code cypher/} and returns its
 * rows as plain Java values (strings, numbers, booleans, lists, maps, java.time values). Only the
 * Neo4j package implements it; rules never see the driver.
 */
@FunctionalInterface
public interface GraphReader {

    List<Map<String, Object>> rows(String statementId, Map<String, Object> parameters);
}
