package dev.faultline.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.faultline.analyzer.score.RiskScore;
import dev.faultline.app.data.AnalysisRunSummary;
import dev.faultline.app.data.RunReads;
import dev.faultline.app.neo4j.Neo4jConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline history}: the analysis runs, newest first, with the score trend per tenant and rule. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List analysis runs, newest first, with status, organization score, per-tenant scores and per-rule counts.")
final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--limit", defaultValue = "20", description = "how many runs, 1 to 500 (default: ${DEFAULT-VALUE})")
    int limit;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Neo4jConnection> connection;

    HistoryCommand(ObjectProvider<Neo4jConnection> connection) {
        this.connection = connection;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        boolean json = json(format);
        Neo4jConnection neo4j = connection.getObject();
        List<AnalysisRunSummary> runs = new RunReads(neo4j.driver(), neo4j.database()).analysisRuns(limit);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(runs.stream().map(HistoryCommand::json).toList()));
        } else {
            runs.forEach(run -> text(run, out));
        }
        out.flush();
        return 0;
    }

    /** Whether {@code --format} asks for JSON; text otherwise. */
    static boolean json(String format) {
        return switch (format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new IllegalArgumentException("--format must be text or json, was '" + format + "'");
        };
    }

    private static void text(AnalysisRunSummary run, PrintWriter out) {
        out.printf("%s  %s  %-9s score %s  findings %d%n", run.id(), run.startedAt(), run.status(),
                run.score() == null ? "-" : run.score(), run.findings());
        if (run.error() != null) {
            out.printf("  error: %s%n", run.error());
        }
        if (!run.tenantScores().isEmpty()) {
            out.printf("  tenants: %s%n", run.tenantScores().stream().map(t -> t.key() + " " + t.score())
                    .collect(Collectors.joining(", ")));
        }
        run.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(rule -> out.printf("  %-32s %s%n",
                rule.getKey(), rule.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    }

    private static Map<String, Object> json(AnalysisRunSummary run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id());
        json.put("startedAt", String.valueOf(run.startedAt()));
        json.put("finishedAt", String.valueOf(run.finishedAt()));
        json.put("status", run.status());
        json.put("error", run.error());
        json.put("tenant", run.tenant());
        json.put("findings", run.findings());
        json.put("score", run.score());
        Map<String, Integer> tenants = new LinkedHashMap<>();
        for (RiskScore score : run.tenantScores()) {
            tenants.put(score.key(), score.score());
        }
        json.put("tenantScores", tenants);
        json.put("counts", new java.util.TreeMap<>(run.counts()));
        json.put("tenantCounts", new java.util.TreeMap<>(run.tenantCounts()));
        json.put("ingestRuns", run.ingestRuns());
        return json;
    }
}
