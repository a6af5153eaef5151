package dev.faultline.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.faultline.ingest.generate.GenerationSummary;
import dev.faultline.ingest.generate.GeneratorSettings;
import dev.faultline.ingest.generate.SyntheticEnterprise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline generate}: a synthetic merged enterprise as a bundle. Needs no database. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic merged enterprise (several tenants, at least one acquired) as a Faultline bundle.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--tenants", defaultValue = "4", description = "number of tenants (default: ${DEFAULT-VALUE})")
    int tenants;

    @Option(names = "--identities", defaultValue = "20000", description = "number of identities (default: ${DEFAULT-VALUE})")
    int identities;

    @Option(names = "--seed", defaultValue = "1", description = "same seed, same bundle (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        GenerationSummary summary = new SyntheticEnterprise().generate(new GeneratorSettings(tenants, identities, seed), out);
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf("Wrote %s: %,d rows (%,d relationships implied) in %d files%n", out, summary.totalRows(),
                summary.relationships(), summary.rowsPerFile().size());
        summary.rowsPerFile().forEach((file, rows) -> writer.printf("  %-24s %,12d%n", file, rows));
        writer.flush();
        return 0;
    }
}
