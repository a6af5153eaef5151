package dev.faultline.analyzer.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;

import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.GraphReader;
import dev.faultline.analyzer.rule.Rule;
import dev.faultline.cypher.Cypher;

/**
 * Analyses the graph as it is, and as it would be after some writes that are never committed: the
 * writes, the rules, the plan and the scores all run in ONE explicit transaction that is then
 * rolled back, so the overlay lives only in that transaction and the stored graph never changes.
 * Other sessions never see the overlay (Neo4j isolates uncommitted writes).
 */
public final class OverlayAnalyzer {

    /**
     * One write statement of {@code cypher/} and its parameters; the statement returns one row
     * with a {@code changed} column.
     */
    public record Write(String statementId, Map<String, Object> parameters) {

        public Write {
            parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        }
    }

    /**
     * An analysis of the overlaid graph.
     *
     * @param result  findings, plan and scores as they would be
     * @param changed per write, in order, what its statement reports it changed
     */
    public record Overlaid(AnalysisResult result, List<Long> changed) {

        public Overlaid {
            changed = List.copyOf(changed);
        }
    }

    private final Driver driver;
    private final String database;

    public OverlayAnalyzer(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Reads the stored graph, as {@code faultline analyze} does. */
    public GraphReader reader() {
        return new Neo4jGraphReader(driver, database);
    }

    /** The analysis of the stored graph. */
    public AnalysisResult baseline(List<Rule> rules, AnalysisSettings settings) {
        return new Analyzer(reader()).run(rules, settings);
    }

    /** The analysis of the stored graph with {@code writes} applied first, rolled back afterwards. */
    public Overlaid withOverlay(List<Write> writes, List<Rule> rules, AnalysisSettings settings) {
        SessionConfig config = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.WRITE).build();
        try (Session session = driver.session(config); Transaction transaction = session.beginTransaction()) {
            try {
                List<Long> changed = new ArrayList<>();
                for (Write write : writes) {
                    changed.add(transaction.run(Cypher.statement(write.statementId()), write.parameters())
                            .single().get("changed").asLong());
                }
                AnalysisResult result = new Analyzer(new TransactionGraphReader(transaction)).run(rules, settings);
                return new Overlaid(result, changed);
            } finally {
                transaction.rollback();
            }
        }
    }
}
