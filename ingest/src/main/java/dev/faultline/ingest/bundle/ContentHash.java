package dev.faultline.ingest.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/** The SHA-256 of a set of files: over {@code name NUL sha256(content) LF} per file, sorted by name. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(List<String> files, Function<String, InputStream> open) {
        MessageDigest total = sha256();
        for (String name : files.stream().sorted().toList()) {
            total.update(name.getBytes(StandardCharsets.UTF_8));
            total.update((byte) 0);
            total.update(HexFormat.of().formatHex(fileHash(name, open)).getBytes(StandardCharsets.US_ASCII));
            total.update((byte) '\n');
        }
        return HexFormat.of().formatHex(total.digest());
    }

    private static byte[] fileHash(String name, Function<String, InputStream> open) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = open.apply(name)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new BundleException("cannot read " + name + " for the content hash: " + e.getMessage(), e);
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
