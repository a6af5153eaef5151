package dev.faultline.ingest.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import dev.faultline.ingest.bundle.Bundle;
import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.Connectors;

/**
 * One input of an ingest: a bundle as given, or an export that a connector turned into a bundle
 * in a temporary directory (removed on close).
 *
 * @param original  what the user named
 * @param bundle    the bundle to validate and load
 * @param connector the connector that derived it, empty for a bundle given as such
 */
record StagedInput(Path original, Path bundle, Optional<String> connector) implements AutoCloseable {

    static StagedInput of(Path path, Connectors connectors) {
        if (Bundle.isBundle(path)) {
            return new StagedInput(path, path, Optional.empty());
        }
        BundleRows rows = connectors.read(path);
        try {
            Path dir = Files.createTempDirectory("faultline-" + rows.source() + "-");
            rows.writeTo(dir);
            return new StagedInput(path, dir, Optional.of(rows.source()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the bundle derived from " + path, e);
        }
    }

    /** How to name this input in messages. */
    String describe() {
        return connector.map(c -> original + " (read by the " + c + " connector)").orElse(original.toString());
    }

    @Override
    public void close() {
        if (connector.isEmpty()) {
            return;
        }
        try (Stream<Path> files = Files.walk(bundle)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the staged bundle " + bundle, e);
        }
    }
}
