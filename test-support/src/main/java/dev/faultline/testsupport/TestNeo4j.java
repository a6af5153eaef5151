package dev.faultline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import dev.faultline.embedded.EmbeddedNeo4j;

/**
 * One real Neo4j 5.26 per test JVM: a Testcontainers Neo4j when a Docker engine answers, the
 * embedded Neo4j otherwise. Tests share it; {@link #clean()} empties it between scenarios.
 */
public final class TestNeo4j {

    /** The image CI would use where Docker runs: the same LTS line as the embedded one. */
    public static final String IMAGE = "neo4j:5.26-community";

    private static final Logger LOG = LoggerFactory.getLogger(TestNeo4j.class);
    private static TestNeo4j instance;

    private final Driver driver;
    private final String kind;
    private final String uri;
    private final String password;

    private TestNeo4j(Driver driver, String kind, String uri, String password) {
        this.driver = driver;
        this.kind = kind;
        this.uri = uri;
        this.password = password;
    }

    /** The shared instance, started on first use and stopped when the JVM exits. */
    public static synchronized TestNeo4j get() {
        if (instance == null) {
            instance = dockerAvailable() ? startContainer() : startEmbedded();
        }
        return instance;
    }

    public Driver driver() {
        return driver;
    }

    /** Bolt URI, for code under test that connects by itself (user {@code neo4j}). */
    public String uri() {
        return uri;
    }

    public String password() {
        return password;
    }

    /** {@code "testcontainers"} or {@code "embedded"}. */
    public String kind() {
        return kind;
    }

    /** Deletes every node and relationship; constraints and indexes stay. */
    public void clean() {
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("faultline.test.embedded")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestNeo4j startContainer() {
        Neo4jContainer container = new Neo4jContainer(IMAGE).withAdminPassword("faultline-test");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        LOG.info("Tests use Neo4j in a container at {}", container.getBoltUrl());
        return new TestNeo4j(connect(container.getBoltUrl(), "neo4j", "faultline-test"), "testcontainers",
                container.getBoltUrl(), "faultline-test");
    }

    private static TestNeo4j startEmbedded() {
        Path dir = tempDir();
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(dir, 0, 256L << 20, "1 files"));
        Driver driver = connect(neo4j.boltUri(), neo4j.user(), neo4j.password());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            driver.close();
            neo4j.close();
        }));
        LOG.info("No Docker engine: tests use the embedded Neo4j at {}", neo4j.boltUri());
        return new TestNeo4j(driver, "embedded", neo4j.boltUri(), neo4j.password());
    }

    private static Driver connect(String uri, String user, String password) {
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password),
                Config.builder().withLogging(Logging.slf4j()).build());
        driver.verifyConnectivity();
        return driver;
    }

    private static Path tempDir() {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            return Files.createTempDirectory(base, "faultline-neo4j-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
