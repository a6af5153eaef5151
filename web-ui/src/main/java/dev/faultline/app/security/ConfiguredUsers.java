package dev.faultline.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

import reactor.core.publisher.Mono;

import dev.faultline.app.Blocking;

/**
 * The users who may sign in: those of {@code faultline.users}, validated when the server starts,
 * and {@code admin}. Each user holds its role and, through the role hierarchy, every role below it.
 */
final class ConfiguredUsers implements ReactiveUserDetailsService {

    static final String ADMIN = "admin";
    private static final Pattern BCRYPT = Pattern.compile("(\\{bcrypt})?\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private final Map<String, UserDetails> users = new LinkedHashMap<>();
    private final AdminPassword admin;
    private final RoleHierarchy hierarchy;

    /**
     * @throws IllegalArgumentException naming the entry of {@code faultline.users} that has no name, a
     *                                  name used twice or {@code admin}, no bcrypt hash, or an unknown role
     */
    ConfiguredUsers(List<UsersProperties.User> configured, AdminPassword admin, RoleHierarchy hierarchy) {
        this.admin = admin;
        this.hierarchy = hierarchy;
        for (int i = 0; i < configured.size(); i++) {
            UsersProperties.User user = configured.get(i);
            String where = "faultline.users[" + i + "]";
            String name = user.name() == null ? "" : user.name().strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(where + ": name is missing");
            }
            if (name.equals(ADMIN) || users.containsKey(name)) {
                throw new IllegalArgumentException(where + ": the name '" + name + "' is "
                        + (name.equals(ADMIN) ? "the built-in admin (set FAULTLINE_ADMIN_PASSWORD instead)" : "used twice"));
            }
            if (user.password() == null || !BCRYPT.matcher(user.password().strip()).matches()) {
                throw new IllegalArgumentException(where + " (" + name + "): password must be a bcrypt hash such as"
                        + " {bcrypt}$2a$10$..., never the password itself (make one with: htpasswd -nbBC 10 '' PASSWORD)");
            }
            Role role;
            try {
                role = Role.parse(user.role());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " (" + name + "): " + e.getMessage(), e);
            }
            String hash = user.password().strip();
            users.put(name, details(name, hash.startsWith("{bcrypt}") ? hash : "{bcrypt}" + hash, role));
        }
    }

    /** The names of the configured users, {@code admin} excepted. */
    List<String> names() {
        return List.copyOf(users.keySet());
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        if (ADMIN.equals(username)) {
            return Blocking.call(() -> details(ADMIN, admin.hash(), Role.ADMIN));
        }
        return Mono.justOrEmpty(users.get(username));
    }

    private UserDetails details(String name, String hash, Role role) {
        return User.withUsername(name).password(hash)
                .authorities(hierarchy.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(role.authority()))))
                .build();
    }
}
