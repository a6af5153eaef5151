package dev.faultline.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;

import dev.faultline.app.report.EvidencePack;
import dev.faultline.app.report.EvidencePackReader;
import dev.faultline.app.report.EvidencePackRenderer;
import dev.faultline.app.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline report}: an analysis run's evidence pack as one HTML or PDF file, rendered whole before the file is written. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write an analysis run's evidence pack: scope and input hashes, findings by rule with paths",
                "and owners, exceptions, standards, trend, remediation plan. The same run gives the same bytes."})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--run", defaultValue = "latest", description = "an analysis run id or 'latest' (default: ${DEFAULT-VALUE}, the latest succeeded run)")
    String run;

    @Option(names = "--format", defaultValue = "pdf", description = "html or pdf (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", required = true, description = "the file to write")
    Path output;

    @Option(names = "--paths", defaultValue = "" + EvidencePackReader.DEFAULT_PATH_LIMIT,
            description = "findings per rule shown with their full path, 0 to 1000 (default: ${DEFAULT-VALUE}); every finding is listed in any case")
    int paths;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<EvidencePackReader> reader;
    private final ObjectProvider<EvidencePackRenderer> renderer;

    ReportCommand(ObjectProvider<EvidencePackReader> reader, ObjectProvider<EvidencePackRenderer> renderer) {
        this.reader = reader;
        this.renderer = renderer;
    }

    @Override
    public Integer call() throws IOException {
        ReportFormat parsed = ReportFormat.parse(format);
        EvidencePack pack = reader.getObject().read(run, paths)
                .orElseThrow(() -> new IllegalArgumentException("no analysis run '" + run
                        + "': see faultline history for the runs (analyze first if there is none)"));
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] document = parsed == ReportFormat.PDF ? renderer.getObject().pdf(pack)
                : renderer.getObject().standaloneHtml(pack).getBytes(StandardCharsets.UTF_8);
        Files.write(output, document);
        spec.commandLine().getOut().printf("Evidence pack of run %s (%d findings) written to %s (%d bytes)%n",
                pack.runId(), pack.findings().size(), output, Files.size(output));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
