package dev.faultline.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;

import dev.faultline.analyzer.rule.AnalysisSettings;
import dev.faultline.analyzer.rule.Rules;
import dev.faultline.analyzer.run.OverlayAnalyzer;
import dev.faultline.analyzer.whatif.ScenarioReader;
import dev.faultline.analyzer.whatif.WhatIf;
import dev.faultline.analyzer.whatif.WhatIfComparison;
import dev.faultline.analyzer.whatif.WhatIfReport;
import dev.faultline.analyzer.whatif.WhatIfScenario;
import dev.faultline.app.neo4j.Neo4jConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline whatif SCENARIO [SCENARIO2]}: the delta a merger scenario would make (bypass
 * paths opened and closed, findings, scores and plan cost before and after), computed on an
 * overlay that is rolled back; two scenarios side by side. Nothing is stored. Exit 0, 2 on error.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Simulate planned integration changes (a scenario file, docs/whatif.md) without changing the graph.")
final class WhatIfCommand implements Callable<Integer> {

    @Parameters(arity = "1..2", paramLabel = "SCENARIO", description = "scenario file (YAML or JSON); a second one is compared side by side")
    List<Path> scenarios;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", description = "write the result to this file instead of standard output")
    Path output;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<Neo4jConnection> connection;

    WhatIfCommand(ObjectProvider<Neo4jConnection> connection) {
        this.connection = connection;
    }

    @Override
    public Integer call() {
        try {
            boolean json = switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "text" -> false;
                case "json" -> true;
                default -> throw new IllegalArgumentException("unknown format '" + format + "'; formats are text, json");
            };
            List<WhatIfScenario> read = scenarios.stream().map(ScenarioReader::read).toList();
            Neo4jConnection neo4j = connection.getObject();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            WhatIfComparison comparison = new WhatIf(new OverlayAnalyzer(neo4j.driver(), neo4j.database()))
                    .compare(read, Rules.all(), AnalysisSettings.defaults(now));
            write(comparison, json);
            return 0;
        } catch (RuntimeException | IOException e) {
            spec.commandLine().getErr().println("faultline whatif: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return FaultlineCommand.INVALID_INPUT;
        }
    }

    private void write(WhatIfComparison comparison, boolean json) throws IOException {
        if (output == null) {
            render(comparison, json, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        } else {
            try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                render(comparison, json, file);
            }
        }
    }

    private static void render(WhatIfComparison comparison, boolean json, Writer writer) throws IOException {
        if (json) {
            WhatIfReport.json(comparison, writer);
            writer.write(System.lineSeparator());
        } else {
            WhatIfReport.text(comparison, writer);
        }
    }
}
