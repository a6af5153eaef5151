package dev.faultline.app.security;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

import dev.faultline.app.Blocking;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**}: stateless (nothing is kept in a session),
 * the token's configured role and the roles below it; an unknown token gets 401 with no body, and
 * the request goes no further even if it also carries a session cookie.
 */
final class ApiTokenAuthentication {

    private static final String BEARER = "Bearer ";

    private static final String SESSION_COOKIE = "SESSION";
    private static final ServerWebExchangeMatcher API = new PathPatternParserServerWebExchangeMatcher("/api/**");

    /** An API request that presents a bearer token. */
    static final ServerWebExchangeMatcher BEARER_REQUEST = new AndServerWebExchangeMatcher(API,
            exchange -> token(exchange) != null ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch());

    /**
     * API requests that no cookie can authenticate: with a bearer token, or without a session cookie.
     * CSRF does not apply to them (a forged request rides on the victim's cookie; these have none to
     * ride on), so an anonymous POST gets 401 rather than the CSRF check's 403.
     */
    static final ServerWebExchangeMatcher CSRF_EXEMPT = new AndServerWebExchangeMatcher(API,
            exchange -> token(exchange) != null || !exchange.getRequest().getCookies().containsKey(SESSION_COOKIE)
                    ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch());

    private ApiTokenAuthentication() {
    }

    static AuthenticationWebFilter filter(ApiTokens tokens, RoleHierarchy hierarchy) {
        ReactiveAuthenticationManager manager = authentication -> Blocking
                .call(() -> tokens.authenticate(String.valueOf(authentication.getCredentials())))
                .flatMap(holder -> holder.map(h -> Mono.just(authenticated(h, hierarchy)))
                        .orElseGet(() -> Mono.error(new BadCredentialsException("Unknown API token"))));
        AuthenticationWebFilter filter = new AuthenticationWebFilter(manager);
        filter.setRequiresAuthenticationMatcher(BEARER_REQUEST);
        filter.setServerAuthenticationConverter(exchange -> Mono.justOrEmpty(token(exchange))
                .map(token -> UsernamePasswordAuthenticationToken.unauthenticated("api-token", token)));
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(
                new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)));
        return filter;
    }

    private static UsernamePasswordAuthenticationToken authenticated(ApiTokens.Holder holder, RoleHierarchy hierarchy) {
        return UsernamePasswordAuthenticationToken.authenticated(holder.name(), null,
                hierarchy.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(holder.role().authority()))));
    }

    /** The bearer token of the request; null when it has none. */
    private static String token(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
