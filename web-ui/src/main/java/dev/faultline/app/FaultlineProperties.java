package dev.faultline.app;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything configurable, bound from {@code application.yml} and environment variables
 * ({@code FAULTLINE_NEO4J_URI}, {@code FAULTLINE_DATA_DIR}, ...).
 *
 * @param dataDir  where the embedded Neo4j keeps its store
 * @param neo4j    the server or cluster to use; none means the embedded Neo4j
 * @param embedded sizing of the embedded Neo4j
 * @param ingest   loader tuning
 */
@ConfigurationProperties("faultline")
public record FaultlineProperties(
        @DefaultValue(".faultline/data") Path dataDir,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Embedded embedded,
        @DefaultValue Ingest ingest) {

    /**
     * @param uri      {@code bolt://}, {@code neo4j://}, {@code neo4j+s://}...; blank for embedded
     * @param user     user name
     * @param password password
     * @param database database name
     */
    public record Neo4j(String uri, @DefaultValue("neo4j") String user, String password,
            @DefaultValue("neo4j") String database) {

        public boolean isConfigured() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param boltPort  port on 127.0.0.1, 0 for any free one
     * @param pageCache Neo4j page cache
     */
    public record Embedded(@DefaultValue("0") int boltPort, @DefaultValue("512MB") DataSize pageCache) {
    }

    /** @param batchSize rows per write transaction */
    public record Ingest(@DefaultValue("10000") int batchSize) {
    }
}
