package dev.faultline.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.app.FaultlineApplication;

/**
 * Base of the tests that run the {@code faultline} command in this JVM, as a user would: each test
 * gets its own data directory (so its own embedded Neo4j), and {@link #faultline} captures what a
 * command prints.
 */
abstract class CommandLineTest {

    @TempDir
    Path temp;

    Path dataDir;

    /** What one command did: its exit code and what it printed. */
    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void useOwnDataDirectory() {
        dataDir = temp.resolve("data");
        System.setProperty("faultline.data-dir", dataDir.toString());
    }

    @AfterEach
    void clearProperties() {
        Stream.of("faultline.data-dir", "faultline.neo4j.uri", "faultline.neo4j.password").forEach(System::clearProperty);
    }

    static Run faultline(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        try {
            int exit = FaultlineApplication.runCommand(args);
            return new Run(exit, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
