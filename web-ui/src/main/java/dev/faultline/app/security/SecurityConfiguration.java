package dev.faultline.app.security;


import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import dev.faultline.app.FaultlineProperties;
import reactor.core.publisher.Mono;

/**
 * The server's security (a refused role gets the 403 error page, through the one error handler): form sign-in at {@value #LOGIN}, sign-out by POST to {@code /logout},
 * CSRF protection (not for API requests with a bearer token), API tokens on {@code /api/**}
 * ({@link ApiTokenAuthentication}), strict headers, and the paths of {@link AccessRules}. Only for the server: the
 * other commands run without a web server and without these beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class SecurityConfiguration {

    static final String LOGIN = "/login";

    /**
     * Scripts, styles, images and connections only from this server; no inline script or style, no
     * plug-ins, no framing, forms only back to this server.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The sign-in page tells a user whose session ran out to sign in again. */
    static final String EXPIRED = LOGIN + "?expired";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ApiTokens tokens, RoleHierarchy hierarchy) {
        return http
                .addFilterAt(ApiTokenAuthentication.filter(tokens, hierarchy), SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(AccessRules.PUBLIC.toArray(String[]::new)).permitAll();
                    AccessRules.RESTRICTED.forEach(rule -> exchanges.pathMatchers(rule.pattern()).hasRole(rule.role().name()));
                    exchanges.anyExchange().authenticated();
                })
                .formLogin(form -> form.loginPage(LOGIN))
                .logout(Customizer.withDefaults())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler(SecurityConfiguration::denied))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                        new NegatedServerWebExchangeMatcher(ApiTokenAuthentication.CSRF_EXEMPT))))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * Pages send the anonymous to the sign-in page; the API answers 401 with no body; an htmx request
     * (its session expired under a page already open) answers 401 with {@code HX-Redirect} to the
     * sign-in page, which htmx follows instead of swapping the sign-in page into a fragment.
     */
    private static ServerAuthenticationEntryPoint entryPoint() {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/api/**"),
                        new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)),
                new DelegateEntry(SecurityConfiguration::htmx, (exchange, e) -> Mono.fromRunnable(() -> {
                    exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
                    exchange.getResponse().getHeaders().set("HX-Redirect", EXPIRED);
                })));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN));
        return entryPoint;
    }

    private static Mono<ServerWebExchangeMatcher.MatchResult> htmx(ServerWebExchange exchange) {
        return "true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"))
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    /**
     * A role too low: the API answers a 403 problem ({@code application/problem+json}) that names no
     * role or rule; pages get the 403 error page through the one error handler.
     */
    private static Mono<Void> denied(ServerWebExchange exchange, AccessDeniedException denied) {
        if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/")) {
            return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"Your role may not use this endpoint\"}").getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    @Bean
    ApiTokens apiTokens(ApiTokensProperties properties) {
        return new ApiTokens(properties.apiTokens());
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AdminPassword adminPassword(UsersProperties users, FaultlineProperties properties, PasswordEncoder encoder) {
        return new AdminPassword(users.adminPassword(), properties.dataDir(), encoder);
    }

    @Bean
    ConfiguredUsers configuredUsers(UsersProperties users, AdminPassword admin, RoleHierarchy hierarchy) {
        return new ConfiguredUsers(users.users(), admin, hierarchy);
    }
}
