package dev.faultline.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;

import dev.faultline.app.FaultlineProperties;
import dev.faultline.app.demo.DemoEnterprise;
import dev.faultline.app.neo4j.Neo4jConnection;
import dev.faultline.app.security.AdminPassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline demo}: the server on a fresh embedded database holding the demo enterprise,
 * analyzed. The application starts the web server before the command runs (as for {@code serve});
 * this wipes the demo directory, loads the demo, and says where to go and how to sign in.
 */
@Command(name = FaultlineCommand.DEMO, mixinStandardHelpOptions = true,
        description = {"Run the server on a fresh embedded database loaded with a demo merged enterprise (generated,",
                "no network) and analyzed twice. Its data lives in FAULTLINE_DEMO_DIR (default ./.faultline/demo),",
                "wiped at every start; your own data is not touched."})
final class DemoCommand implements java.util.concurrent.Callable<Integer> {

    /** Marks a directory made by the demo, which the next demo may wipe. */
    static final String MARKER = "faultline-demo.txt";

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Neo4jConnection> connection;
    private final ObjectProvider<AdminPassword> adminPassword;
    private final FaultlineProperties properties;
    private final Environment environment;

    DemoCommand(ObjectProvider<Neo4jConnection> connection, ObjectProvider<AdminPassword> adminPassword,
            FaultlineProperties properties, Environment environment) {
        this.connection = connection;
        this.adminPassword = adminPassword;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = properties.dataDir().toAbsolutePath().normalize();
        wipe(dir);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "Made by faultline demo, which wipes this directory at every start.\n");
        Neo4jConnection neo4j = connection.getObject();
        DemoEnterprise.Loaded loaded = new DemoEnterprise(neo4j.driver(), neo4j.database(), properties.ingest().batchSize())
                .load(DemoEnterprise.DEMO, dir.resolve("bundles"), step -> {
                    out.println(step + " ...");
                    out.flush();
                });
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        out.printf("Demo ready in %.0f s: %,d identities in %d tenants, analyzed twice (%,d findings in the latest run).%n",
                loaded.elapsed().toMillis() / 1000.0, loaded.identities(), loaded.tenants(),
                loaded.analyses().get(loaded.analyses().size() - 1).findings().size());
        out.println();
        out.println("Open http://localhost:" + port + " and sign in as admin.");
        adminPassword.getObject().describeSignIn(out);
        out.println("Data: " + neo4j.description() + ". Stop with Ctrl-C.");
        out.flush();
        return 0;
    }

    /** Empties the demo directory; refuses one that holds anything the demo did not make. */
    private static void wipe(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent() && !Files.exists(dir.resolve(MARKER))) {
                throw new IllegalArgumentException("Refusing to wipe " + dir + " for the demo: it was not made by"
                        + " faultline demo. Choose another directory with FAULTLINE_DEMO_DIR.");
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        }
    }
}
