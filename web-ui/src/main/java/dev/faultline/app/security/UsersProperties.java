package dev.faultline.app.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users who may sign in, from {@code faultline.users} (besides {@code admin}), and the admin's
 * password from {@code FAULTLINE_ADMIN_PASSWORD}.
 *
 * @param users         name, bcrypt hash, role of each user
 * @param adminPassword the admin's password in clear; blank: generated on first start
 */
@ConfigurationProperties("faultline")
public record UsersProperties(@DefaultValue List<User> users, String adminPassword) {

    /**
     * @param name     the sign-in name
     * @param password a bcrypt hash, as {@code {bcrypt}$2a$...} or {@code $2a$...}; never the password itself
     * @param role     {@code viewer}, {@code analyst} or {@code admin}
     */
    public record User(String name, String password, String role) {
    }
}
