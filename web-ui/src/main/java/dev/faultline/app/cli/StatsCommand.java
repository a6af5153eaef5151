package dev.faultline.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.faultline.analyzer.inventory.GraphInventory;
import dev.faultline.analyzer.inventory.Inventory;
import dev.faultline.app.neo4j.Neo4jConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline stats}: what the graph holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Node counts by label, relationship counts by type, tenants and recent ingest runs.")
final class StatsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--runs", defaultValue = "10", description = "recent ingest runs to list (default: ${DEFAULT-VALUE})")
    int runs;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Neo4jConnection> connection;

    StatsCommand(ObjectProvider<Neo4jConnection> connection) {
        this.connection = connection;
    }

    @Override
    public Integer call() throws Exception {
        Neo4jConnection neo4j = connection.getObject();
        Inventory inventory = new GraphInventory(neo4j.driver(), neo4j.database()).read(runs);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(inventory));
        } else {
            printText(out, inventory, neo4j.description());
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, Inventory inv, String where) {
        out.println("Graph in " + where);
        printCounts(out, "Nodes by label", inv.nodes());
        printCounts(out, "Relationships by type", inv.relationships());
        out.println("Tenants");
        for (Inventory.TenantSummary t : inv.tenants()) {
            out.printf("  %-28s %-7s %-9s %12s %,10d identities%n", t.key(), t.kind(), t.status(),
                    t.acquired() ? "acq. " + t.acquisitionDate() : "", t.identities());
        }
        out.println("Recent ingest runs");
        for (Inventory.IngestRunSummary r : inv.ingestRuns()) {
            out.printf("  %-32s %-10s %-26s %,12d rows  %s%n", r.id(), r.status(), r.source(), r.rows(),
                    r.error() == null ? "" : r.error());
        }
    }

    private static void printCounts(PrintWriter out, String title, Map<String, Long> counts) {
        out.println(title);
        counts.forEach((name, count) -> out.printf("  %-24s %,12d%n", name, count));
        out.printf("  %-24s %,12d%n", "total", counts.values().stream().mapToLong(Long::longValue).sum());
    }
}
