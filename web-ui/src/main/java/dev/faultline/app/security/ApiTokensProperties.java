package dev.faultline.app.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API tokens, from {@code faultline.api-tokens}: each a name, the hash of the token (never the
 * token itself) and a role. {@code faultline token} makes one.
 *
 * @param apiTokens every accepted token; empty: the API takes only signed-in sessions
 */
@ConfigurationProperties("faultline")
public record ApiTokensProperties(@DefaultValue List<Token> apiTokens) {

    /**
     * @param name      who or what uses it ({@code ci}, {@code siem}), shown as the user
     * @param tokenHash {@code {sha256}} and 64 hex digits, or a bcrypt hash ({@code {bcrypt}$2a$...} or {@code $2a$...})
     * @param role      {@code viewer}, {@code analyst} or {@code admin}
     */
    public record Token(String name, String tokenHash, String role) {
    }
}
