package dev.faultline.app.security;

import java.util.List;

/**
 * Which paths are open to everyone and which need more than a signed-in viewer. Everything not
 * listed needs a signed-in user of any role. A new page that only some roles may use adds one line
 * to {@link #RESTRICTED}; the most specific patterns come first, as the first match decides.
 */
public final class AccessRules {

    /** Reachable without signing in: the sign-in page, static assets, the health check. */
    public static final List<String> PUBLIC = List.of("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/vendor/**",
            "/favicon.ico", "/favicon.svg", "/health");

    /** Paths that need at least a role, checked in order. */
    public static final List<Rule> RESTRICTED = List.of(
            new Rule("/ingest/**", Role.ANALYST),
            new Rule("/api/ingest/**", Role.ANALYST),
            new Rule("/whatif/**", Role.ANALYST),
            new Rule("/api/whatif/**", Role.ANALYST),
            new Rule("/admin/**", Role.ADMIN),
            new Rule("/api/admin/**", Role.ADMIN));

    private AccessRules() {
    }

    /**
     * @param pattern a path pattern ({@code /ingest/**})
     * @param role    the least role that may use it (higher roles may too)
     */
    public record Rule(String pattern, Role role) {
    }
}
