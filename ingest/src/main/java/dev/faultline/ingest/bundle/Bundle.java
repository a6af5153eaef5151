package dev.faultline.ingest.bundle;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An open bundle: a directory or a {@code .zip} holding {@code manifest.json} and CSV files. A zip
 * may hold them at its root or inside one top-level folder. Close it to release the zip.
 */
public final class Bundle implements AutoCloseable {

    private static final int BUFFER_SIZE = 1 << 16;

    private final Path path;
    private final BundleSource source;
    private final List<String> files;
    private SortedMap<String, String> fileHashes;

    private Bundle(Path path, BundleSource source) throws IOException {
        this.path = path;
        this.source = source;
        this.files = source.files();
    }

    /**
     * Opens the bundle at {@code path}.
     *
     * @throws BundleException when {@code path} is neither a directory nor a readable {@code .zip}
     */
    public static Bundle open(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            if (Files.isDirectory(path)) {
                return new Bundle(path, new DirectorySource(path));
            }
            if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return openZip(path);
            }
        } catch (IOException e) {
            throw new BundleException("cannot read bundle " + path + ": " + e.getMessage(), e);
        }
        throw new BundleException("no bundle at " + path + ": expected a directory or a .zip file");
    }

    /** Whether {@code path} is a bundle: a directory or zip with a {@code manifest.json}. */
    public static boolean isBundle(Path path) {
        if (!Files.isDirectory(path) && !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return false;
        }
        try (Bundle bundle = open(path)) {
            return bundle.contains(BundleSchema.MANIFEST);
        } catch (BundleException e) {
            return false;
        }
    }

    private static Bundle openZip(Path path) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BundleException("cannot read " + path + " as a zip: " + e.getMessage(), e);
        }
        return new Bundle(path, new ZipSource(zip));
    }

    /** Where the bundle was opened from. */
    public Path path() {
        return path;
    }

    /** Every file of the bundle, {@code /}-separated relative paths, sorted; hidden files left out. */
    public List<String> files() {
        return files;
    }

    /** The CSV files at the bundle's root, sorted. */
    public List<String> csvFiles() {
        return files.stream().filter(name -> name.endsWith(".csv") && name.indexOf('/') < 0).toList();
    }

    /** Whether the bundle holds a file of this name. */
    public boolean contains(String fileName) {
        return files.contains(fileName);
    }

    /**
     * The checked manifest.
     *
     * @throws BundleException when it is missing or has an error (the validator lists them all)
     */
    public Manifest manifest() {
        ManifestParser.Reading reading = readManifest();
        return reading.manifest().orElseThrow(() -> new BundleException("bad manifest in " + path + ": "
                + String.join("; ", reading.errors().stream().map(ValidationError::render).toList())));
    }

    /**
     * Opens a file of the bundle as UTF-8 text, a byte-order mark removed. The caller closes it.
     *
     * @throws BundleException when the bundle has no such file or it cannot be read
     */
    public Reader reader(String fileName) {
        InputStream in = open(fileName);
        try {
            InputStream buffered = new BufferedInputStream(in, BUFFER_SIZE);
            skipByteOrderMark(buffered);
            return new InputStreamReader(buffered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            closeQuietly(in, e);
            throw new BundleException("cannot read " + fileName + " in " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The SHA-256 of the bundle's content, lower-case hex: of each file's name and SHA-256, files
     * sorted by name. The same for a directory and a zip of it.
     */
    public String contentHash() {
        return ContentHash.of(fileHashes());
    }

    /**
     * Each file's SHA-256, lower-case hex, by its relative path, sorted: what an auditor checks a
     * kept copy of the input against. Read once, on first call.
     */
    public synchronized SortedMap<String, String> fileHashes() {
        if (fileHashes == null) {
            fileHashes = ContentHash.files(files, this::open);
        }
        return fileHashes;
    }

    /** {@link #fileHashes()} as {@code sha256sum} lines: {@code <hash>  <path>}, sorted by path. */
    public List<String> fileHashLines() {
        return fileHashes().entrySet().stream().map(e -> e.getValue() + "  " + e.getKey()).toList();
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new BundleException("cannot close bundle " + path + ": " + e.getMessage(), e);
        }
    }

    ManifestParser.Reading readManifest() {
        if (!contains(BundleSchema.MANIFEST)) {
            return ManifestParser.missing();
        }
        try (InputStream in = open(BundleSchema.MANIFEST)) {
            return ManifestParser.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new BundleException("cannot read " + BundleSchema.MANIFEST + " in " + path + ": " + e.getMessage(), e);
        }
    }

    InputStream open(String fileName) {
        if (!contains(fileName)) {
            throw new BundleException("bundle " + path + " has no file " + fileName);
        }
        try {
            return source.open(fileName);
        } catch (IOException e) {
            throw new BundleException("cannot read " + fileName + " in " + path + ": " + e.getMessage(), e);
        }
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
            in.reset();
        }
    }

    private static void closeQuietly(InputStream in, IOException failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
