package dev.faultline.ingest.connector.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/** The AWS inputs the tests read: the shared samples and the hand-written files of {@code connector/aws}. */
final class AwsSamples {

    static final Path CLOUDSPLAINING = Path.of("../../shared/samples/aws/cloudsplaining");
    /** cloudsplaining's example: accounts 200611803367 and 012345678901. */
    static final Path EXAMPLE = CLOUDSPLAINING.resolve("example_get-account-authorization-details.json");
    /** cloudsplaining's test file: account 012345678901 only. */
    static final Path TEST_EXAMPLE = CLOUDSPLAINING.resolve("test_example-authz-details.json");
    static final Path EXCLUSIONS = CLOUDSPLAINING.resolve("example-exclusions.yml");
    static final Path RESOURCES = Path.of("src/test/resources/connector/aws");
    /** A credential report built from the Cartography fixtures (see SOURCES.md there). */
    static final Path REPORT_CSV = RESOURCES.resolve("credential-report-cartography.csv");
    static final Path REPORT_JSON = RESOURCES.resolve("credential-report-cartography.json");
    /** A synthetic credential report of account 012345678901, to join with {@link #TEST_EXAMPLE}. */
    static final Path REPORT_012345678901 = RESOURCES.resolve("credential-report-012345678901.csv");
    static final Path TRUST_POLICIES = RESOURCES.resolve("trust-policies.json");

    private AwsSamples() {
    }

    static BundleRows read(Path path) {
        return new AwsConnector().read(ExportInput.open(path));
    }

    /** The files read together, as a directory would hold them. */
    static BundleRows readTogether(Path... paths) {
        return new AwsConnector().read(ExportInput.of(Path.of("export"), entries(paths)));
    }

    static Map<String, byte[]> entries(Path... paths) {
        Map<String, byte[]> entries = new java.util.TreeMap<>();
        for (Path path : paths) {
            entries.put(path.getFileName().toString(), bytes(path));
        }
        return entries;
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column values of every row of a file, as lists, for comparing whole sets. */
    static List<List<String>> tuples(BundleRows rows, String file, String... columns) {
        return rows.rows(file).stream()
                .map(row -> java.util.Arrays.stream(columns).map(c -> row.getOrDefault(c, "")).toList())
                .toList();
    }
}
