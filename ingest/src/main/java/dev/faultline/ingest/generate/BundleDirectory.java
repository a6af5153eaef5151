package dev.faultline.ingest.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The directory a bundle is written to: refuses one that holds anything but bundle files, writes
 * each file through a {@link CsvOut}, and keeps the counts of what was written.
 */
final class BundleDirectory {

    /** Writes the rows of one file. */
    @FunctionalInterface
    interface Rows {
        void writeTo(CsvOut out);
    }

    private static final int BUFFER = 1 << 16;

    private final Path dir;
    private final Timestamps timestamps = new Timestamps();
    private final GenerationListener listener;
    private final Map<BundleFile, Long> rows = new EnumMap<>(BundleFile.class);
    private long relationships;

    private BundleDirectory(Path dir, GenerationListener listener) {
        this.dir = dir;
        this.listener = listener;
    }

    /**
     * Creates the directory, or accepts an existing one that is empty or holds only files of a
     * bundle and its truth.json (which are overwritten).
     *
     * @throws IllegalArgumentException when the path is a file or the directory holds anything else
     */
    static BundleDirectory prepare(Path dir, GenerationListener listener) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("output path " + dir + " exists and is not a directory");
        }
        if (Files.isDirectory(dir)) {
            List<String> foreign = foreignEntries(dir);
            if (!foreign.isEmpty()) {
                throw new IllegalArgumentException(("output directory %s holds %s, which %s not part of a bundle;"
                        + " choose an empty directory or one holding a previous bundle")
                        .formatted(dir, String.join(", ", foreign), foreign.size() == 1 ? "is" : "are"));
            }
        }
        Files.createDirectories(dir);
        return new BundleDirectory(dir, listener);
    }

    private static List<String> foreignEntries(Path dir) throws IOException {
        Set<String> allowed = new TreeSet<>();
        allowed.add(BundleFile.MANIFEST);
        allowed.add(Truth.FILE);
        for (BundleFile file : BundleFile.values()) {
            allowed.add(file.fileName());
        }
        Set<String> foreign = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!allowed.contains(name) || !Files.isRegularFile(entry)) {
                    foreign.add(name);
                }
            }
        }
        return new ArrayList<>(foreign);
    }

    Path path() {
        return dir;
    }

    /** Writes one CSV file completely, then records its counts and tells the listener. */
    void write(BundleFile file, Rows source) throws IOException {
        CsvOut out = new CsvOut(file, open(file.fileName()), timestamps);
        try (out) {
            source.writeTo(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        rows.put(file, out.rows());
        relationships += file.relationship() ? out.rows() : out.references();
        listener.fileWritten(file.fileName(), out.rows());
    }

    /** Writes a file that is not a CSV (the manifest). */
    void writeText(String fileName, String text) throws IOException {
        try (Writer writer = open(fileName)) {
            writer.write(text);
        }
        listener.fileWritten(fileName, 0);
    }

    /** Writes a file that is neither a CSV nor the manifest (truth.json), streaming. */
    void writeStream(String fileName, StreamBody body) throws IOException {
        try (java.io.OutputStream stream = new BufferedOutputStream(Files.newOutputStream(dir.resolve(fileName)), BUFFER)) {
            body.writeTo(stream);
        }
        listener.fileWritten(fileName, 0);
    }

    /** Writes the bytes of one file. */
    @FunctionalInterface
    interface StreamBody {
        void writeTo(java.io.OutputStream stream) throws IOException;
    }

    private Writer open(String fileName) throws IOException {
        return new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(dir.resolve(fileName)), BUFFER),
                StandardCharsets.UTF_8);
    }

    /** Rows per CSV file written, in the order of the bundle format. */
    Map<String, Long> rowsPerFile() {
        Map<String, Long> perFile = new LinkedHashMap<>();
        rows.forEach((file, count) -> perFile.put(file.fileName(), count));
        return perFile;
    }

    long relationships() {
        return relationships;
    }
}
