package dev.faultline.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.Connectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline convert EXPORT --out DIR}: shows what Faultline derives from an export, as the
 * bundle it would load. Needs no database; the bundle can be read, edited and ingested.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write the Faultline bundle derived from an export (the format is detected), without loading it.")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "EXPORT", description = "export file, directory or .zip")
    Path export;

    @Option(names = "--out", required = true, description = "output directory (must not exist or be empty)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
            throw new IllegalArgumentException("--out " + out + " exists and is not an empty directory");
        }
        BundleRows rows = Connectors.installed().read(export);
        rows.writeTo(out);
        spec.commandLine().getOut().printf("Wrote %s (source %s):%n", out, rows.source());
        rows.counts().forEach((file, count) -> spec.commandLine().getOut().printf("  %-24s %,12d%n", file, count));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
