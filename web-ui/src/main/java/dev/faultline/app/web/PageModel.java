package dev.faultline.app.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

import dev.faultline.app.security.Role;
import reactor.core.publisher.Mono;

/**
 * What every page's layout needs: the CSRF token (WebFlux keeps it as a {@code Mono} that nothing
 * renders until subscribed; subscribing here puts it where Thymeleaf's forms find it, as
 * {@code _csrf}), the signed-in user and the navigation entries they may open, and the request path.
 */
@ControllerAdvice
class PageModel {

    @ModelAttribute(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME)
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token.doOnSuccess(t -> exchange.getAttributes()
                .put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, t));
    }

    @ModelAttribute("currentUser")
    Mono<CurrentUser> currentUser(ServerWebExchange exchange) {
        return exchange.getPrincipal().filter(Authentication.class::isInstance).map(Authentication.class::cast)
                .filter(Authentication::isAuthenticated)
                .map(authentication -> CurrentUser.of(authentication.getName(), authentication.getAuthorities()
                        .stream().map(GrantedAuthority::getAuthority).toList()));
    }

    @ModelAttribute("requestPath")
    String requestPath(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value();
    }

    /**
     * @param name       the sign-in name
     * @param role       the highest role held
     * @param navigation the entries the user may open
     */
    record CurrentUser(String name, Role role, List<Navigation.Entry> navigation) {

        static CurrentUser of(String name, List<String> authorities) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Arrays.stream(Role.values()).filter(role -> authorities.contains(role.authority())).forEach(roles::add);
            Role highest = roles.stream().max(Enum::compareTo).orElse(Role.VIEWER);
            return new CurrentUser(name, highest, Navigation.visibleTo(roles));
        }
    }
}
