package dev.faultline.app.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document's title and its two ways to sign in: a bearer token
 * ({@code faultline.api-tokens}) or the session cookie of a signed-in browser. Springdoc builds the
 * paths from the controllers of this package and serves the document at {@code /api/openapi.json}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String SESSION = "session";

    @Bean
    OpenAPI faultlineOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Faultline REST API").version("1")
                        .description("The data of the Faultline pages as JSON. Errors are RFC 7807 problem details."
                                + " Finding and node keys contain '/' and ':': they go in query parameters, URL-encoded."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A token of faultline.api-tokens, made with 'faultline token'"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")
                                .description("The session of a signed-in browser; POSTs also need the CSRF token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }
}
