package dev.faultline.app.cli;

import java.util.concurrent.Callable;

import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.ObjectProvider;

import dev.faultline.app.neo4j.Neo4jConnection;
import dev.faultline.cypher.Cypher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline reset --yes}: empties the database. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Delete every node and relationship (constraints and indexes stay).")
final class ResetCommand implements Callable<Integer> {

    @Option(names = "--yes", description = "confirm; without it nothing is deleted")
    boolean yes;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Neo4jConnection> connection;

    ResetCommand(ObjectProvider<Neo4jConnection> connection) {
        this.connection = connection;
    }

    @Override
    public Integer call() {
        if (!yes) {
            spec.commandLine().getErr().println("faultline reset deletes all data: run it again with --yes");
            return FaultlineCommand.INVALID_INPUT;
        }
        Neo4jConnection neo4j = connection.getObject();
        try (Session session = neo4j.driver().session(SessionConfig.forDatabase(neo4j.database()))) {
            session.run(Cypher.statement("admin/reset")).consume();
        }
        spec.commandLine().getOut().println("Emptied " + neo4j.description());
        return 0;
    }
}
