package dev.faultline.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.faultline.app.FaultlineProperties;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.DiffFinding;
import dev.faultline.app.data.RunDiff;
import dev.faultline.app.data.RunDiffs;
import dev.faultline.app.neo4j.Neo4jConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline diff RUN_A RUN_B}: new, resolved and persisting findings between two analysis runs. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two analysis runs by stable finding key: new (in B, not A), resolved (in A, not B)",
                "and persisting findings, each with its age at B's start against faultline.remediation.target-days."})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_A", description = "the earlier run: an id, 'latest' or 'previous'")
    String runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "the later run: an id, 'latest' or 'previous'")
    String runB;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Neo4jConnection> connection;
    private final FaultlineProperties properties;

    DiffCommand(ObjectProvider<Neo4jConnection> connection, FaultlineProperties properties) {
        this.connection = connection;
        this.properties = properties;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        boolean json = HistoryCommand.json(format);
        Neo4jConnection neo4j = connection.getObject();
        RunDiff diff = new RunDiffs(neo4j.driver(), neo4j.database())
                .diff(runA, runB, properties.remediation().targetDays());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(diff)));
        } else {
            text(diff, out);
        }
        out.flush();
        return 0;
    }

    private static void text(RunDiff diff, PrintWriter out) {
        out.printf("Diff %s (%s) -> %s (%s); remediation target %d days%n", diff.from().id(), diff.from().startedAt(),
                diff.to().id(), diff.to().startedAt(), diff.targetDays());
        section(out, "New", diff.added());
        section(out, "Resolved", diff.resolved());
        section(out, "Persisting", diff.persisting());
    }

    private static void section(PrintWriter out, String title, List<DiffFinding> findings) {
        out.printf("%n%s (%d)%n", title, findings.size());
        for (DiffFinding f : findings) {
            out.printf("  %-8s %-30s %-32s %-16s %5d d%s  %s%n", f.severity(), f.rule(), f.subject(),
                    f.tenant() == null ? "-" : f.tenant(), f.ageDays(), f.overdue() ? " overdue" : "        ", f.key());
        }
    }

    private static Map<String, Object> json(RunDiff diff) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", run(diff.from()));
        json.put("to", run(diff.to()));
        json.put("targetDays", diff.targetDays());
        json.put("new", diff.added().stream().map(DiffFinding::asMap).toList());
        json.put("resolved", diff.resolved().stream().map(DiffFinding::asMap).toList());
        json.put("persisting", diff.persisting().stream().map(DiffFinding::asMap).toList());
        return json;
    }

    private static Map<String, Object> run(AnalysisRunSummary run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id());
        json.put("startedAt", String.valueOf(run.startedAt()));
        return json;
    }

}
