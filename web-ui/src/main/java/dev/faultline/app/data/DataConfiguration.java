package dev.faultline.app.data;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import dev.faultline.app.neo4j.Neo4jConnection;

/**
 * The read services as beans for the pages and the API. Lazy, like the connection: commands that
 * need no database never open one.
 */
@Configuration(proxyBeanMethods = false)
class DataConfiguration {

    @Bean
    @Lazy
    static FindingReads findingReads(ObjectProvider<Neo4jConnection> connection) {
        Neo4jConnection neo4j = connection.getObject();
        return new FindingReads(neo4j.driver(), neo4j.database());
    }

    @Bean
    @Lazy
    static ExceptionReads exceptionReads(ObjectProvider<Neo4jConnection> connection) {
        Neo4jConnection neo4j = connection.getObject();
        return new ExceptionReads(neo4j.driver(), neo4j.database());
    }

    @Bean
    @Lazy
    static MergerReads mergerReads(ObjectProvider<Neo4jConnection> connection) {
        Neo4jConnection neo4j = connection.getObject();
        return new MergerReads(neo4j.driver(), neo4j.database());
    }

    @Bean
    @Lazy
    static ExplorerReads explorerReads(ObjectProvider<Neo4jConnection> connection) {
        Neo4jConnection neo4j = connection.getObject();
        return new ExplorerReads(neo4j.driver(), neo4j.database());
    }

    @Bean
    @Lazy
    static RunReads runReads(ObjectProvider<Neo4jConnection> connection) {
        Neo4jConnection neo4j = connection.getObject();
        return new RunReads(neo4j.driver(), neo4j.database());
    }

    @Bean
    @Lazy
    static RunDiffs runDiffs(ObjectProvider<Neo4jConnection> connection) {
        Neo4jConnection neo4j = connection.getObject();
        return new RunDiffs(neo4j.driver(), neo4j.database());
    }
}
