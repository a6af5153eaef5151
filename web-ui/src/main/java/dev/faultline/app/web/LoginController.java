package dev.faultline.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /login}: the sign-in form; {@code ?error} after a refused sign-in, {@code ?logout} after
 * signing out, {@code ?expired} when a page's request found the session expired. Spring Security handles its POST and the sign-out.
 */
@Controller
class LoginController {

    static final String VIEW = "login";

    @GetMapping("/login")
    Rendering login(ServerWebExchange exchange) {
        var query = exchange.getRequest().getQueryParams();
        return Rendering.view(VIEW)
                .modelAttribute("refused", query.containsKey("error"))
                .modelAttribute("signedOut", query.containsKey("logout"))
                .modelAttribute("expired", query.containsKey("expired"))
                .build();
    }
}
