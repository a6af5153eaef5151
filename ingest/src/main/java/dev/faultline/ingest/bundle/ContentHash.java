package dev.faultline.ingest.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * SHA-256 of files: each file's own, and the set's, over {@code name NUL sha256(content) LF} per
 * file, sorted by name.
 */
final class ContentHash {

    private ContentHash() {
    }

    /** Each file's SHA-256 (lower-case hex), by name, sorted by name. */
    static SortedMap<String, String> files(List<String> files, Function<String, InputStream> open) {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (String name : files) {
            hashes.put(name, HexFormat.of().formatHex(fileHash(name, open)));
        }
        return Collections.unmodifiableSortedMap(hashes);
    }

    /** The set's SHA-256 from its files' hashes ({@link #files}). */
    static String of(SortedMap<String, String> fileHashes) {
        MessageDigest total = sha256();
        fileHashes.forEach((name, hash) -> {
            total.update(name.getBytes(StandardCharsets.UTF_8));
            total.update((byte) 0);
            total.update(hash.getBytes(StandardCharsets.US_ASCII));
            total.update((byte) '\n');
        });
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
