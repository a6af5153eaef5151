package dev.faultline.app.neo4j;

import java.util.Optional;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.faultline.app.FaultlineProperties;
import dev.faultline.embedded.EmbeddedNeo4j;

/**
 * The one driver of this process, to the configured server or cluster, or to an embedded Neo4j
 * started on the data directory when none is configured.
 */
public final class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);

    private final Driver driver;
    private final String database;
    private final String description;
    private final Optional<EmbeddedNeo4j> embedded;

    private Neo4jConnection(Driver driver, String database, String description, Optional<EmbeddedNeo4j> embedded) {
        this.driver = driver;
        this.database = database;
        this.description = description;
        this.embedded = embedded;
    }

    /** Connects as configured; starts the embedded Neo4j when no URI is set. */
    public static Neo4jConnection open(FaultlineProperties properties) {
        FaultlineProperties.Neo4j server = properties.neo4j();
        if (server.isConfigured()) {
            if (server.password() == null || server.password().isBlank()) {
                throw new IllegalStateException("FAULTLINE_NEO4J_URI is set to " + server.uri()
                        + " but FAULTLINE_NEO4J_PASSWORD is not");
            }
            Driver driver = connect(server.uri(), server.user(), server.password());
            return new Neo4jConnection(driver, server.database(), server.uri(), Optional.empty());
        }
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(properties.dataDir(),
                properties.embedded().boltPort(), properties.embedded().pageCache().toBytes(), "2 files"));
        try {
            Driver driver = connect(neo4j.boltUri(), neo4j.user(), neo4j.password());
            LOG.info("Embedded Neo4j on {} with data in {}", neo4j.boltUri(), neo4j.dataDir());
            return new Neo4jConnection(driver, "neo4j", "embedded Neo4j in " + neo4j.dataDir() + " (" + neo4j.boltUri() + ")",
                    Optional.of(neo4j));
        } catch (RuntimeException e) {
            neo4j.close();
            throw e;
        }
    }

    private static Driver connect(String uri, String user, String password) {
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password),
                Config.builder().withLogging(Logging.slf4j()).withUserAgent("faultline").build());
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (RuntimeException e) {
            driver.close();
            throw new IllegalStateException("Cannot reach Neo4j at " + uri + " as " + user + ": " + e.getMessage(), e);
        }
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    /** Where the data lives, for messages. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        driver.close();
        embedded.ifPresent(EmbeddedNeo4j::close);
    }
}
