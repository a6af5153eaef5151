package dev.faultline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.faultline.app.FaultlineApplication;
import dev.faultline.testsupport.TestNeo4j;

/** The server (WebFlux on Tomcat, next to Neo4j's Netty 4.1) answers its health check. */
@SpringBootTest(classes = FaultlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthEndpointIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("faultline.neo4j.uri", TestNeo4j.get()::uri);
        registry.add("faultline.neo4j.password", TestNeo4j.get()::password);
    }

    @Test
    void reportsUpWhenNeo4jAnswers() throws IOException, InterruptedException {
        HttpResponse<String> response = TestHttp.client().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }
}
