package dev.faultline.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;

import dev.faultline.app.FaultlineProperties;
import dev.faultline.app.ingest.Ingestion;
import dev.faultline.app.neo4j.Neo4jConnection;
import dev.faultline.ingest.load.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline ingest PATH...}: validates every input, then loads each as one ingest run. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load Faultline bundles (directories or .zip files) and exports (Entra ID, Okta, SharpHound,",
                "AWS IAM, BloodHound OpenGraph; the format is detected) into Neo4j.",
                "Every input is read and validated first; if any is invalid nothing is written and the exit status is 2."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "bundle or export: file, directory or .zip")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Neo4jConnection> connection;
    private final FaultlineProperties properties;

    IngestCommand(ObjectProvider<Neo4jConnection> connection, FaultlineProperties properties) {
        this.connection = connection;
        this.properties = properties;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Ingestion.requireExisting(paths);
        Neo4jConnection neo4j = connection.getObject();
        TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr());
        List<IngestResult> results = new Ingestion(neo4j.driver(), neo4j.database(), properties.ingest().batchSize())
                .ingest(paths, progress);
        progress.finish();
        for (IngestResult result : results) {
            print(out, result);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, IngestResult r) {
        out.printf("Ingest run %s (source %s): succeeded in %.1f s%n", r.runId(), r.source(),
                r.elapsed().toMillis() / 1000.0);
        out.printf("  %-24s %12s%n", "file", "rows");
        r.rowsPerFile().forEach((file, rows) -> out.printf("  %-24s %,12d%n", file, rows));
        out.printf("  nodes created %,d, relationships created %,d; stale removed: %,d nodes, %,d relationships%n",
                r.nodesCreated(), r.relationshipsCreated(), r.nodesDeleted(), r.relationshipsDeleted());
        out.printf("  scopes (tenants and organizations): %s%n", String.join(", ", r.tenants()));
    }
}
