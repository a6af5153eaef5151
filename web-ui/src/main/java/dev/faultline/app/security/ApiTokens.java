package dev.faultline.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The API tokens of {@code faultline.api-tokens}, validated when the server starts, and the one
 * place a presented token is checked against them. A token is {@value #PREFIX} and 43 characters of
 * URL-safe base64 (256 random bits); configuration keeps only its hash: SHA-256 (enough for 256
 * random bits, and fast) or bcrypt (accepted too, slow by design: about 0.1 s per configured bcrypt
 * token per request).
 */
public final class ApiTokens {

    /** Starts every token {@link #generate()} makes, so a leaked one is easy to search for. */
    public static final String PREFIX = "flt_";
    static final String SHA256 = "{sha256}";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern BCRYPT = Pattern.compile("(\\{bcrypt})?\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A configured token whose hash matched: its name and role. */
    public record Holder(String name, Role role) {
    }

    private record Entry(Holder holder, String sha256, String bcrypt) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    /**
     * @throws IllegalArgumentException naming the entry of {@code faultline.api-tokens} with no name, a
     *                                  name used twice, a hash that is neither SHA-256 nor bcrypt, or an unknown role
     */
    public ApiTokens(List<ApiTokensProperties.Token> configured) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < configured.size(); i++) {
            ApiTokensProperties.Token token = configured.get(i);
            String where = "faultline.api-tokens[" + i + "]";
            String name = token.name() == null ? "" : token.name().strip();
            if (name.isEmpty() || !names.add(name)) {
                throw new IllegalArgumentException(where + ": " + (name.isEmpty() ? "name is missing" : "the name '" + name + "' is used twice"));
            }
            Role role;
            try {
                role = Role.parse(token.role());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " (" + name + "): " + e.getMessage(), e);
            }
            entries.add(entry(where, new Holder(name, role), token.tokenHash() == null ? "" : token.tokenHash().strip()));
        }
    }

    private static Entry entry(String where, Holder holder, String hash) {
        String hex = hash.toLowerCase(Locale.ROOT).startsWith(SHA256) ? hash.substring(SHA256.length()).toLowerCase(Locale.ROOT)
                : hash.toLowerCase(Locale.ROOT);
        if (SHA256_HEX.matcher(hex).matches()) {
            return new Entry(holder, hex, null);
        }
        if (BCRYPT.matcher(hash).matches()) {
            return new Entry(holder, null, hash.startsWith("{bcrypt}") ? hash.substring("{bcrypt}".length()) : hash);
        }
        throw new IllegalArgumentException(where + " (" + holder.name() + "): token-hash must be {sha256} and 64 hex digits"
                + " or a bcrypt hash, never the token itself (make a token with: faultline token --name NAME --role ROLE)");
    }

    /** How many tokens are configured. */
    public int size() {
        return entries.size();
    }

    /**
     * The holder of {@code token}; empty when no configured hash matches. SHA-256 hashes are compared in
     * constant time. Blocking when bcrypt hashes are configured: call it off the event loop.
     */
    public Optional<Holder> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        byte[] presented = sha256(token.strip()).getBytes(StandardCharsets.US_ASCII);
        for (Entry entry : entries) {
            boolean matches = entry.sha256() != null
                    ? MessageDigest.isEqual(presented, entry.sha256().getBytes(StandardCharsets.US_ASCII))
                    : bcrypt.matches(token.strip(), entry.bcrypt());
            if (matches) {
                return Optional.of(entry.holder());
            }
        }
        return Optional.empty();
    }

    /** A new random token: {@value #PREFIX} and 256 random bits in URL-safe base64. */
    public static String generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** What configuration keeps of a token: {@code {sha256}} and its SHA-256 in hex. */
    public static String hash(String token) {
        return SHA256 + sha256(token);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
