package dev.faultline.app.neo4j;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import dev.faultline.app.FaultlineProperties;

/** The connection is lazy: commands that need no database (generate, help) never start one. */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    @Bean(destroyMethod = "close")
    @Lazy
    Neo4jConnection neo4jConnection(FaultlineProperties properties) {
        return Neo4jConnection.open(properties);
    }
}
