package dev.faultline.app.scoring;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import dev.faultline.analyzer.rule.Rules;
import dev.faultline.app.FaultlineProperties;
import dev.faultline.app.neo4j.Neo4jConnection;

/**
 * The scheduled analysis of the server ({@code faultline serve}); the one-shot commands run with
 * the {@code cli} profile and never schedule. Nothing runs unless {@code faultline.scoring.cron} is set.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!cli")
class ScoringConfiguration {

    static final int WEBHOOK_ATTEMPTS = 3;
    static final Duration WEBHOOK_BACKOFF = Duration.ofSeconds(2);

    /** One piece of work on the graph at a time: the schedule's, the Ingest page's and the API's. */
    @Bean
    GraphWork graphWork() {
        return new GraphWork();
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    ScoringScheduler scoringScheduler(FaultlineProperties properties, ObjectProvider<Neo4jConnection> connection,
            GraphWork work) {
        FaultlineProperties.Scoring scoring = properties.scoring();
        Optional<WebhookNotifier> webhook = scoring.webhookUrl() == null || scoring.webhookUrl().isBlank()
                ? Optional.empty()
                : Optional.of(new WebhookNotifier(URI.create(scoring.webhookUrl().strip()), scoring.webhookSecret(),
                        WEBHOOK_ATTEMPTS, WEBHOOK_BACKOFF, Clock.systemUTC()));
        ScoringScheduler.Settings settings = new ScoringScheduler.Settings(scoring.cron(), scoring.ingestPaths(),
                properties.ingest().batchSize(), webhook, properties.remediation().targetDays());
        return new ScoringScheduler(settings, () -> {
            Neo4jConnection neo4j = connection.getObject();
            return new ScoringScheduler.Target(neo4j.driver(), neo4j.database());
        }, Rules.all(), Clock.systemUTC(), work);
    }
}
