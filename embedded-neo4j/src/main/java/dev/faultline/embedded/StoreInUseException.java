package dev.faultline.embedded;

import java.nio.file.Path;
import java.util.Optional;

/** The embedded store is held by another process, most likely another running Faultline. */
public final class StoreInUseException extends RuntimeException {

    private final transient Optional<String> runningBoltUri;

    private StoreInUseException(String message, Optional<String> runningBoltUri) {
        super(message);
        this.runningBoltUri = runningBoltUri;
    }

    static StoreInUseException forDataDir(Path dataDir, Optional<String> runningBoltUri) {
        String how = runningBoltUri
                .map(uri -> "It listens on " + uri + ": connect to it instead with FAULTLINE_NEO4J_URI=" + uri
                        + " FAULTLINE_NEO4J_PASSWORD=$(cat " + dataDir.resolve(EmbeddedNeo4j.PASSWORD_FILE) + ")")
                .orElse("Stop it, or give this one its own store with FAULTLINE_DATA_DIR.");
        return new StoreInUseException("The embedded database in " + dataDir
                + " is in use by another process (another Faultline?). " + how, runningBoltUri);
    }

    public Optional<String> runningBoltUri() {
        return runningBoltUri;
    }
}
