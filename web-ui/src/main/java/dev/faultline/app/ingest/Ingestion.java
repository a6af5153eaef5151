package dev.faultline.app.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neo4j.driver.Driver;

import dev.faultline.ingest.load.BundleLoader;
import dev.faultline.ingest.load.IngestListener;
import dev.faultline.ingest.load.IngestResult;

/**
 * Loads bundles and exports the way {@code faultline ingest} does, for the command and the Ingest
 * page alike: every input must exist, then the ingest module's {@link BundleLoader} validates them
 * all (the format of each detected) and loads each as one ingest run.
 */
public final class Ingestion {

    private final Driver driver;
    private final String database;
    private final int batchSize;

    /** @param batchSize rows per write transaction ({@code faultline.ingest.batch-size}) */
    public Ingestion(Driver driver, String database, int batchSize) {
        if (driver == null) {
            throw new IllegalArgumentException("driver is required");
        }
        this.driver = driver;
        this.database = database;
        this.batchSize = batchSize;
    }

    /**
     * @param listener told of each phase and of the rows written
     * @throws IllegalArgumentException when an input does not exist; nothing was read
     * @throws RuntimeException         as {@link BundleLoader#ingest} throws it; {@link IngestFailure#of} words it
     */
    public List<IngestResult> ingest(List<Path> paths, IngestListener listener) {
        requireExisting(paths);
        return new BundleLoader(driver, database, batchSize, listener).ingest(paths);
    }

    /**
     * Checks that every input exists, before a database is even opened.
     *
     * @throws IllegalArgumentException naming the first that does not
     */
    public static void requireExisting(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("No such file or directory: " + path);
            }
        }
    }
}
