package dev.faultline.app;

import java.nio.file.Path;
import java.util.List;

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
 * @param ingest      loader tuning
 * @param scoring     the server's scheduled analysis
 * @param remediation how long a finding may stay open
 */
@ConfigurationProperties("faultline")
public record FaultlineProperties(
        @DefaultValue(".faultline/data") Path dataDir,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Embedded embedded,
        @DefaultValue Ingest ingest,
        @DefaultValue Scoring scoring,
        @DefaultValue Remediation remediation) {

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

    /**
     * @param batchSize rows per write transaction
     * @param maxUpload the largest file the Ingest page accepts
     */
    public record Ingest(@DefaultValue("10000") int batchSize, @DefaultValue("512MB") DataSize maxUpload) {

        public Ingest {
            if (maxUpload == null || maxUpload.toBytes() < 1) {
                throw new IllegalArgumentException("faultline.ingest.max-upload must be at least 1 byte, was " + maxUpload);
            }
        }
    }

    /**
     * @param cron        Spring cron expression (six fields, seconds first) of the scheduled
     *                    analysis in {@code faultline serve}; blank disables it
     * @param ingestPaths bundles or exports to ingest before each scheduled analysis; empty for none
     * @param webhookUrl  where new high and critical findings are posted after each scheduled run;
     *                    blank for no notification
     * @param webhookSecret signs each webhook POST (HMAC-SHA256, docs/scoring.md); blank: unsigned
     */
    public record Scoring(String cron, List<Path> ingestPaths, String webhookUrl, String webhookSecret) {

        public Scoring {
            ingestPaths = ingestPaths == null ? List.of() : List.copyOf(ingestPaths);
        }

        public boolean isScheduled() {
            return cron != null && !cron.isBlank();
        }
    }

    /** @param targetDays a finding open longer than this is overdue */
    public record Remediation(@DefaultValue("30") int targetDays) {

        public Remediation {
            if (targetDays < 1) {
                throw new IllegalArgumentException("faultline.remediation.target-days must be at least 1, was " + targetDays);
            }
        }
    }
}
