package dev.faultline.app.security;


import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
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
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;

import org.springframework.web.server.ResponseStatusException;

import dev.faultline.app.FaultlineProperties;
import reactor.core.publisher.Mono;

/**
 * The server's security (a refused role gets the 403 error page, through the one error handler): form sign-in at {@value #LOGIN}, sign-out by POST to {@code /logout},
 * CSRF protection, strict headers, and the paths of {@link AccessRules}. Only for the server: the
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

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
        return http
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(AccessRules.PUBLIC.toArray(String[]::new)).permitAll();
                    AccessRules.RESTRICTED.forEach(rule -> exchanges.pathMatchers(rule.pattern()).hasRole(rule.role().name()));
                    exchanges.anyExchange().authenticated();
                })
                .formLogin(form -> form.loginPage(LOGIN))
                .logout(Customizer.withDefaults())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler((exchange, denied) -> Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN))))
                .csrf(Customizer.withDefaults())
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** Pages send the anonymous to the sign-in page; the API answers 401. */
    private static ServerAuthenticationEntryPoint entryPoint() {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/api/**"),
                        new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN));
        return entryPoint;
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
