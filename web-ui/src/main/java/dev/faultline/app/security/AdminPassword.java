package dev.faultline.app.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password of the user {@code admin}: {@code FAULTLINE_ADMIN_PASSWORD} when set; otherwise one
 * generated on first start, whose bcrypt hash is kept in {@value #FILE} in the data directory
 * (readable by its owner only) so later starts reuse it. The generated password itself is never
 * stored: {@link #describeSignIn} prints it once, on the start that generated it.
 *
 * <p>Resolved on first use (a sign-in, or the command announcing how to sign in), so that
 * {@code faultline demo} can wipe its data directory before.
 */
public final class AdminPassword {

    /** The file in the data directory holding the generated password's hash. */
    public static final String FILE = "admin-password.bcrypt";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 20;

    private final String configured;
    private final Path file;
    private final PasswordEncoder encoder;
    private Resolved resolved;

    /**
     * @param configured the password from configuration, blank or null when none
     * @param dataDir    where the generated password's hash is kept
     */
    public AdminPassword(String configured, Path dataDir, PasswordEncoder encoder) {
        this.configured = configured == null || configured.isBlank() ? null : configured;
        this.file = dataDir.resolve(FILE);
        this.encoder = encoder;
    }

    /** The hash to check the admin's password against, in the encoder's {@code {id}} form. */
    public String hash() {
        return resolve().hash();
    }

    /**
     * Tells how to sign in as {@code admin}: with the configured password, with the password
     * generated on an earlier start, or with the one generated now, printed here and never again.
     */
    public synchronized void describeSignIn(PrintWriter out) {
        Resolved r = resolve();
        if (configured != null) {
            out.println("Sign in as admin with the password in FAULTLINE_ADMIN_PASSWORD.");
        } else if (r.generated().isPresent() && r.announce()) {
            out.println("Generated a password for the user admin. It is shown only this once (its hash is kept in "
                    + file + "):");
            out.println();
            out.println("    " + r.generated().get());
            out.println();
            out.println("Sign in as admin with it. To choose your own, set FAULTLINE_ADMIN_PASSWORD; to have a new one"
                    + " generated, delete " + file + ".");
            resolved = new Resolved(r.hash(), r.generated(), false);
        } else {
            out.println("Sign in as admin with the password printed when it was generated (hash in " + file
                    + "; delete that file to have a new one generated, or set FAULTLINE_ADMIN_PASSWORD).");
        }
        out.flush();
    }

    private synchronized Resolved resolve() {
        if (resolved == null) {
            resolved = configured != null ? new Resolved(encoder.encode(configured), Optional.empty(), false) : fromFile();
        }
        return resolved;
    }

    private Resolved fromFile() {
        try {
            if (Files.exists(file)) {
                String hash = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!hash.startsWith("{bcrypt}$2")) {
                    throw new IllegalStateException(file + " does not hold a {bcrypt} hash: delete it to have a new"
                            + " admin password generated");
                }
                return new Resolved(hash, Optional.empty(), false);
            }
            String password = generate();
            String hash = encoder.encode(password);
            write(hash);
            return new Resolved(hash, Optional.of(password), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the admin password's hash in " + file, e);
        }
    }

    private void write(String hash) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temp);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("another process is writing " + temp, raced);
        }
        Files.writeString(temp, hash + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** @param announce the generated password has not been printed yet */
    private record Resolved(String hash, Optional<String> generated, boolean announce) {
    }
}
