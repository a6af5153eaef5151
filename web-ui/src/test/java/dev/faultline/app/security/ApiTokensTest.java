package dev.faultline.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ApiTokensTest {

    private static ApiTokensProperties.Token token(String name, String hash, String role) {
        return new ApiTokensProperties.Token(name, hash, role);
    }

    @Test
    void acceptsATokenBySha256OrBcryptAndNothingElse() {
        String ci = ApiTokens.generate();
        String siem = ApiTokens.generate();
        ApiTokens tokens = new ApiTokens(List.of(token("ci", ApiTokens.hash(ci), "viewer"),
                token("siem", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(siem), "analyst")));

        assertThat(tokens.authenticate(ci)).hasValue(new ApiTokens.Holder("ci", Role.VIEWER));
        assertThat(tokens.authenticate(siem)).hasValue(new ApiTokens.Holder("siem", Role.ANALYST));
        assertThat(tokens.authenticate(ApiTokens.generate())).isEmpty();
        assertThat(tokens.authenticate(ApiTokens.hash(ci))).as("the hash is not the token").isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
    }

    @Test
    void generatesDistinctTokensOf256Bits() {
        assertThat(ApiTokens.generate()).startsWith(ApiTokens.PREFIX).hasSize(ApiTokens.PREFIX.length() + 43)
                .isNotEqualTo(ApiTokens.generate());
    }

    @Test
    void refusesATokenInClearAnUnknownRoleAndANameUsedTwice() {
        assertThatThrownBy(() -> new ApiTokens(List.of(token("ci", "flt_secret", "viewer"))))
                .hasMessageContaining("faultline.api-tokens[0] (ci): token-hash must be");
        assertThatThrownBy(() -> new ApiTokens(List.of(token("ci", ApiTokens.hash("x"), "root"))))
                .hasMessageContaining("faultline.api-tokens[0] (ci): Unknown role 'root'");
        assertThatThrownBy(() -> new ApiTokens(List.of(token("ci", ApiTokens.hash("x"), "viewer"),
                token("ci", ApiTokens.hash("y"), "viewer")))).hasMessageContaining("faultline.api-tokens[1]: the name 'ci' is used twice");
        assertThatThrownBy(() -> new ApiTokens(List.of(token(" ", ApiTokens.hash("x"), "viewer"))))
                .hasMessageContaining("name is missing");
    }
}
