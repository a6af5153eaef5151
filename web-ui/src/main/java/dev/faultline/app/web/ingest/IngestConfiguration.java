package dev.faultline.app.web.ingest;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.faultline.analyzer.rule.Rules;
import dev.faultline.app.FaultlineProperties;
import dev.faultline.app.ingest.AnalysisJobs;
import dev.faultline.app.ingest.IngestJobs;
import dev.faultline.app.ingest.Ingestion;
import dev.faultline.app.neo4j.Neo4jConnection;
import dev.faultline.app.scoring.AnalysisService;
import dev.faultline.app.scoring.GraphWork;

/**
 * The Ingest page's background work, only in the server: uploads kept under the data directory's
 * {@code uploads/}, loads and analyses one at a time. The connection is opened when the first job runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class IngestConfiguration {

    @Bean
    UploadStore uploadStore(FaultlineProperties properties) {
        return new UploadStore(properties.dataDir().resolve("uploads"), properties.ingest().maxUpload());
    }

    @Bean(destroyMethod = "close")
    IngestJobs ingestJobs(FaultlineProperties properties, ObjectProvider<Neo4jConnection> connection,
            ObjectProvider<GraphWork> work) {
        return new IngestJobs(() -> {
            Neo4jConnection neo4j = connection.getObject();
            return new Ingestion(neo4j.driver(), neo4j.database(), properties.ingest().batchSize());
        }, work.getIfAvailable(GraphWork::new));
    }

    @Bean(destroyMethod = "close")
    AnalysisJobs analysisJobs(ObjectProvider<Neo4jConnection> connection, ObjectProvider<GraphWork> work) {
        return new AnalysisJobs(() -> {
            Neo4jConnection neo4j = connection.getObject();
            return new AnalysisService(neo4j.driver(), neo4j.database());
        }, work.getIfAvailable(GraphWork::new), Rules.all(), Clock.systemUTC());
    }
}
