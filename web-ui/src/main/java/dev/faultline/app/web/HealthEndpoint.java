package dev.faultline.app.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import dev.faultline.app.Blocking;
import dev.faultline.app.neo4j.Neo4jConnection;
import reactor.core.publisher.Mono;

/** {@code GET /health}: UP when Neo4j answers. The driver call runs off the event loop. */
@Configuration(proxyBeanMethods = false)
class HealthEndpoint {

    @Bean
    RouterFunction<ServerResponse> healthRoute(ObjectProvider<Neo4jConnection> connection) {
        return RouterFunctions.route().GET("/health", request -> Blocking.call(() -> check(connection))
                .flatMap(body -> ServerResponse.status("UP".equals(body.get("status")) ? HttpStatus.OK
                        : HttpStatus.SERVICE_UNAVAILABLE).bodyValue(body)))
                .build();
    }

    private static Map<String, Object> check(ObjectProvider<Neo4jConnection> connection) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            connection.getObject().driver().verifyConnectivity();
            body.put("status", "UP");
        } catch (RuntimeException e) {
            body.put("status", "DOWN");
            body.put("error", e.getMessage());
        }
        return body;
    }
}
