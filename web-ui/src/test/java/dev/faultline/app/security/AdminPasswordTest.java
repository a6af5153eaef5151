package dev.faultline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminPasswordTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final Pattern PRINTED = Pattern.compile("^    (\\S{20})$", Pattern.MULTILINE);

    @TempDir
    Path dataDir;

    private static String describe(AdminPassword admin) {
        StringWriter out = new StringWriter();
        admin.describeSignIn(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void generatesOnFirstStartPrintsItOnceAndKeepsOnlyItsHashReadableByTheOwner() throws Exception {
        AdminPassword first = new AdminPassword("", dataDir, ENCODER);

        String printed = describe(first);
        Matcher password = PRINTED.matcher(printed);
        assertThat(password.find()).as(printed).isTrue();
        Path file = dataDir.resolve(AdminPassword.FILE);
        assertThat(ENCODER.matches(password.group(1), first.hash())).isTrue();
        assertThat(Files.readString(file).strip()).isEqualTo(first.hash()).doesNotContain(password.group(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(describe(first)).doesNotContain(password.group(1));

        AdminPassword later = new AdminPassword(null, dataDir, ENCODER);
        assertThat(later.hash()).isEqualTo(first.hash());
        assertThat(describe(later)).doesNotContain(password.group(1)).contains("printed when it was generated");
    }

    @Test
    void usesTheConfiguredPasswordAndWritesNothing() {
        AdminPassword admin = new AdminPassword("chosen-password", dataDir, ENCODER);

        assertThat(ENCODER.matches("chosen-password", admin.hash())).isTrue();
        assertThat(describe(admin)).isEqualTo("Sign in as admin with the password in FAULTLINE_ADMIN_PASSWORD." + System.lineSeparator());
        assertThat(dataDir.resolve(AdminPassword.FILE)).doesNotExist();
    }
}
