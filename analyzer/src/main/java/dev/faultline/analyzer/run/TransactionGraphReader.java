package dev.faultline.analyzer.run;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Transaction;

import dev.faultline.analyzer.rule.GraphReader;
import dev.faultline.cypher.Cypher;

/**
 * Reads rows for rules inside one explicit transaction, so that they see what that transaction
 * wrote and nobody else does: the what-if overlay.
 */
final class TransactionGraphReader implements GraphReader {

    private final Transaction transaction;

    TransactionGraphReader(Transaction transaction) {
        this.transaction = transaction;
    }

    @Override
    public List<Map<String, Object>> rows(String statementId, Map<String, Object> parameters) {
        return transaction.run(Cypher.statement(statementId), parameters).list(Record::asMap);
    }

    @Override
    public void forEachRow(String statementId, Map<String, Object> parameters, Consumer<Map<String, Object>> row) {
        Result result = transaction.run(Cypher.statement(statementId), parameters);
        while (result.hasNext()) {
            row.accept(result.next().asMap());
        }
    }
}
