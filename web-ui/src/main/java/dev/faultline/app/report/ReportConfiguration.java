package dev.faultline.app.report;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import dev.faultline.app.neo4j.Neo4jConnection;

/** The evidence pack's reader and renderer as beans for the CLI and the UI; lazy like the connection. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    @Lazy
    static EvidencePackRenderer evidencePackRenderer() {
        return new EvidencePackRenderer();
    }

    @Bean
    @Lazy
    static EvidencePackReader evidencePackReader(ObjectProvider<Neo4jConnection> connection, EvidencePackRenderer renderer) {
        Neo4jConnection neo4j = connection.getObject();
        return new EvidencePackReader(neo4j.driver(), neo4j.database(), renderer::message);
    }
}
