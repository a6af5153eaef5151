package dev.faultline.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j 5.26 running inside this JVM, its store kept on disk, reachable only through Bolt
 * on 127.0.0.1 with a password generated on first start and kept (owner-readable only) in the data
 * directory. Everything else in Faultline talks to it through the official driver, exactly as it
 * would to a server or a cluster.
 *
 * <p>While it runs, {@value #SERVER_FILE} in the data directory tells another process where it
 * listens; a second Faultline that finds the store locked reads it to say how to connect instead.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** Written while running: {@code pid}, {@code bolt}, {@code started} as properties. */
    public static final String SERVER_FILE = "faultline-server.properties";
    /** The generated password for the {@code neo4j} user. */
    public static final String PASSWORD_FILE = "neo4j-password";
    public static final String USER = "neo4j";

    private final Settings settings;
    private final DatabaseManagementService dbms;
    private final String boltUri;
    private final String password;

    /**
     * How to run it.
     *
     * @param dataDir        home of the store; created when missing
     * @param boltPort       port on 127.0.0.1, 0 for any free port
     * @param pageCacheBytes page cache size; bulk loads want it large
     * @param txLogRetention Neo4j's {@code db.tx_log.rotation.retention_policy}, e.g. {@code "2 files"}
     */
    public record Settings(Path dataDir, int boltPort, long pageCacheBytes, String txLogRetention) {
        public Settings {
            if (dataDir == null) {
                throw new IllegalArgumentException("dataDir is required");
            }
            if (boltPort < 0 || boltPort > 65535) {
                throw new IllegalArgumentException("boltPort must be 0..65535, was " + boltPort);
            }
            if (pageCacheBytes < 8L << 20) {
                throw new IllegalArgumentException("pageCacheBytes must be at least 8 MiB, was " + pageCacheBytes);
            }
        }

        public static Settings defaults(Path dataDir) {
            return new Settings(dataDir, 0, 512L << 20, "2 files");
        }
    }

    private EmbeddedNeo4j(Settings settings, DatabaseManagementService dbms, String boltUri, String password) {
        this.settings = settings;
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.password = password;
    }

    /**
     * Starts Neo4j on the store under {@code settings.dataDir()}.
     *
     * @throws StoreInUseException when another process holds the store
     */
    public static EmbeddedNeo4j start(Settings settings) {
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, settings.txLogRetention())
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L << 20)
                    .build();
        } catch (RuntimeException e) {
            if (isStoreLock(e)) {
                throw StoreInUseException.forDataDir(dataDir, readServerFile(dataDir));
            }
            throw e;
        }
        try {
            String password = ensurePassword(dbms, dataDir);
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            int port = db.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
            String uri = "bolt://127.0.0.1:" + port;
            writeServerFile(dataDir, uri);
            return new EmbeddedNeo4j(new Settings(dataDir, settings.boltPort(), settings.pageCacheBytes(),
                    settings.txLogRetention()), dbms, uri, password);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    public String boltUri() {
        return boltUri;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(settings.dataDir().resolve(SERVER_FILE));
        } catch (IOException ignored) {
            // the file only advertises a running server; a stale one is detected by the store lock
        }
        dbms.shutdown();
    }

    private static String ensurePassword(DatabaseManagementService dbms, Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            restrictToOwner(file);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the database password in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the data directory's own permissions apply
        }
    }

    private static void writeServerFile(Path dataDir, String uri) {
        String text = "pid=" + ProcessHandle.current().pid() + "\nbolt=" + uri + "\nstarted=" + Instant.now() + "\n";
        try {
            Files.writeString(dataDir.resolve(SERVER_FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDir.resolve(SERVER_FILE), e);
        }
    }

    static Optional<String> readServerFile(Path dataDir) {
        Path file = dataDir.resolve(SERVER_FILE);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("bolt="))
                    .map(line -> line.substring("bolt=".length()))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isStoreLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileLockException")
                    || String.valueOf(t.getMessage()).contains("locked by another process")) {
                return true;
            }
        }
        return false;
    }

}
