package dev.faultline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.faultline.app.security.ApiTokens;
import dev.faultline.app.security.ApiTokensProperties;
import dev.faultline.app.security.Role;

/** {@code faultline token}: the token printed once and a configuration entry that accepts it. */
class TokenCommandIT extends CommandLineTest {


    @Test
    void printsATokenAndTheEntryWhoseHashAcceptsIt() {
        Run run = faultline("token", "--name", "ci", "--role", "analyst");

        assertThat(run.exit()).as(run.err()).isZero();
        Matcher token = Pattern.compile("Token \\(shown once, keep it secret\\): (flt_[A-Za-z0-9_-]{43})").matcher(run.out());
        assertThat(token.find()).as(run.out()).isTrue();
        Matcher entry = Pattern.compile("- \\{name: ci, token-hash: \"(\\{sha256}[0-9a-f]{64})\", role: analyst}").matcher(run.out());
        assertThat(entry.find()).as(run.out()).isTrue();
        ApiTokens configured = new ApiTokens(List.of(new ApiTokensProperties.Token("ci", entry.group(1), "analyst")));
        assertThat(configured.authenticate(token.group(1))).hasValue(new ApiTokens.Holder("ci", Role.ANALYST));
        assertThat(run.out()).doesNotContain(token.group(1).substring(4) + "\", role");
        assertThat(faultline("token", "--name", "ci").out()).doesNotContain(token.group(1));
    }

    @Test
    void refusesAnUnknownRole() {
        Run run = faultline("token", "--name", "ci", "--role", "root");

        assertThat(run.exit()).isEqualTo(FaultlineCommand.INVALID_INPUT);
        assertThat(run.err()).contains("Unknown role 'root'");
    }
}
