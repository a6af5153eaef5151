package dev.faultline.app.cli;

import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;

import dev.faultline.app.neo4j.Neo4jConnection;
import dev.faultline.app.security.AdminPassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline serve}: the server. The application starts the web server before the command
 * runs; this connects to Neo4j at once (so a bad configuration fails at start) and says where.
 */
@Command(name = FaultlineCommand.SERVE, mixinStandardHelpOptions = true,
        description = "Run the Faultline server: the web UI (sign-in required) and /health, against the configured Neo4j.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Neo4jConnection> connection;
    private final ObjectProvider<AdminPassword> adminPassword;
    private final Environment environment;

    ServeCommand(ObjectProvider<Neo4jConnection> connection, ObjectProvider<AdminPassword> adminPassword,
            Environment environment) {
        this.connection = connection;
        this.adminPassword = adminPassword;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Neo4jConnection neo4j = connection.getObject();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        spec.commandLine().getOut().println("Faultline serving on http://localhost:" + port + " with "
                + neo4j.description() + ". Stop with Ctrl-C.");
        adminPassword.getObject().describeSignIn(spec.commandLine().getOut());
        return 0;
    }
}
