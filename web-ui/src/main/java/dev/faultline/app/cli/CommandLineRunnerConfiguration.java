package dev.faultline.app.cli;

import java.io.PrintWriter;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import dev.faultline.app.ingest.IngestFailure;
import dev.faultline.embedded.StoreInUseException;
import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.load.InvalidBundleException;
import picocli.CommandLine;

/**
 * Runs the command line once the context is up, with subcommands built by Spring so they get their
 * collaborators injected. Maps failures to exit statuses in one place: invalid input 2, anything
 * else 1, with a message and no stack trace (set {@code FAULTLINE_DEBUG=1} for one).
 */
@Component
class CommandLineRunnerConfiguration implements CommandLineRunner, ExitCodeGenerator {

    private final AutowireCapableBeanFactory beans;
    private int exitCode;

    CommandLineRunnerConfiguration(AutowireCapableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void run(String... args) {
        CommandLine commandLine = new CommandLine(FaultlineCommand.class, new SpringFactory(beans));
        commandLine.setExecutionExceptionHandler(this::handle);
        exitCode = commandLine.execute(args);
    }

    private int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InvalidBundleException || e instanceof ConnectorException) {
            IngestFailure failure = IngestFailure.of(e);
            String prefix = e instanceof ConnectorException ? "faultline: " : "";
            failure.lines().forEach(line -> err.println(prefix + line));
            err.println("Nothing was written.");
            err.flush();
            return FaultlineCommand.INVALID_INPUT;
        }
        if (e instanceof StoreInUseException || e instanceof IllegalArgumentException) {
            err.println("faultline: " + e.getMessage());
            err.flush();
            return e instanceof IllegalArgumentException ? FaultlineCommand.INVALID_INPUT : FaultlineCommand.FAILURE;
        }
        err.println("faultline: " + rootMessage(e));
        if (System.getenv("FAULTLINE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return FaultlineCommand.FAILURE;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Builds commands through Spring; picocli's own types through picocli. */
    private record SpringFactory(AutowireCapableBeanFactory beans) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type.getPackageName().equals(SpringFactory.class.getPackageName())) {
                return beans.createBean(type);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
