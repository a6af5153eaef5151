package dev.faultline.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class ConfiguredUsersTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String HASH = new BCryptPasswordEncoder(4).encode("secret");

    @TempDir
    Path dataDir;

    private ConfiguredUsers users(UsersProperties.User... configured) {
        return new ConfiguredUsers(List.of(configured), new AdminPassword("admin-secret", dataDir, ENCODER),
                SecurityConfiguration.roleHierarchy());
    }

    private static List<String> authorities(UserDetails user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
    }

    @Test
    void eachRoleHoldsTheRolesBelowIt() {
        ConfiguredUsers users = users(new UsersProperties.User("vera", HASH, "viewer"),
                new UsersProperties.User("ana", "{bcrypt}" + HASH, "Analyst"));

        assertThat(authorities(users.findByUsername("vera").block())).containsExactly("ROLE_VIEWER");
        assertThat(authorities(users.findByUsername("ana").block())).containsExactly("ROLE_ANALYST", "ROLE_VIEWER");
        assertThat(authorities(users.findByUsername("admin").block())).containsExactly("ROLE_ADMIN", "ROLE_ANALYST", "ROLE_VIEWER");
    }

    @Test
    void checksPasswordsAgainstTheConfiguredHashesWithOrWithoutThePrefix() {
        ConfiguredUsers users = users(new UsersProperties.User("vera", HASH, "viewer"));

        assertThat(ENCODER.matches("secret", users.findByUsername("vera").block().getPassword())).isTrue();
        assertThat(ENCODER.matches("admin-secret", users.findByUsername("admin").block().getPassword())).isTrue();
        assertThat(users.findByUsername("nobody").blockOptional()).isEmpty();
    }

    @Test
    void refusesAPasswordInClearNamingTheEntry() {
        assertThatThrownBy(() -> users(new UsersProperties.User("vera", "secret", "viewer")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("faultline.users[0] (vera)").hasMessageContaining("bcrypt hash")
                .hasMessageNotContaining("secret,");
    }

    @Test
    void refusesAnUnknownRoleAMissingNameADuplicateAndAdmin() {
        assertThatThrownBy(() -> users(new UsersProperties.User("vera", HASH, "owner")))
                .hasMessageContaining("faultline.users[0] (vera): Unknown role 'owner': use one of viewer, analyst, admin");
        assertThatThrownBy(() -> users(new UsersProperties.User(" ", HASH, "viewer")))
                .hasMessageContaining("faultline.users[0]: name is missing");
        assertThatThrownBy(() -> users(new UsersProperties.User("vera", HASH, "viewer"), new UsersProperties.User("vera", HASH, "admin")))
                .hasMessageContaining("faultline.users[1]: the name 'vera' is used twice");
        assertThatThrownBy(() -> users(new UsersProperties.User("admin", HASH, "admin")))
                .hasMessageContaining("FAULTLINE_ADMIN_PASSWORD");
    }
}
