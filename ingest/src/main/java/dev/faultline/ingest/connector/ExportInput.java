package dev.faultline.ingest.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An export as a connector sees it: one file, a directory or a {@code .zip}, as named entries
 * (relative paths with {@code /}, sorted). Text is decoded from its byte-order mark (UTF-8,
 * UTF-16 LE or BE), UTF-8 without one, as PowerShell and Graph exports come.
 */
public final class ExportInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final Map<String, byte[]> entries;

    private ExportInput(Path path, Map<String, byte[]> entries) {
        this.path = path;
        this.entries = entries;
    }

    /** Reads the file, the directory (recursively) or the zip at {@code path}. */
    public static ExportInput open(Path path) {
        if (!Files.exists(path)) {
            throw new ConnectorException(path.toString(), null, null, "no such file or directory");
        }
        try {
            if (Files.isDirectory(path)) {
                return new ExportInput(path, readDirectory(path));
            }
            if (path.getFileName().toString().toLowerCase().endsWith(".zip")) {
                return new ExportInput(path, readZip(path));
            }
            Map<String, byte[]> single = new LinkedHashMap<>();
            single.put(path.getFileName().toString(), Files.readAllBytes(path));
            return new ExportInput(path, single);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** For tests and for connectors that unpack nested archives. */
    public static ExportInput of(Path path, Map<String, byte[]> entries) {
        return new ExportInput(path, new LinkedHashMap<>(entries));
    }

    public Path path() {
        return path;
    }

    /** Entry names, sorted. */
    public List<String> entries() {
        return List.copyOf(entries.keySet());
    }

    /** The last path segment of an entry, lower case: what format detection looks at. */
    public static String baseName(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1).toLowerCase();
    }

    public byte[] bytes(String entry) {
        byte[] data = entries.get(entry);
        if (data == null) {
            throw new ConnectorException(path + "!" + entry, null, null, "no such entry");
        }
        return data;
    }

    /** The entry's text, decoded by its byte-order mark (which is dropped). */
    public String text(String entry) {
        byte[] data = bytes(entry);
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            return new String(data, 3, data.length - 3, StandardCharsets.UTF_8);
        }
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE) {
            return new String(data, 2, data.length - 2, StandardCharsets.UTF_16LE);
        }
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF) {
            return new String(data, 2, data.length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(data, utf16WithoutMark(data) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
    }

    /** The entry parsed as JSON; a parse error names the entry, line and column. */
    public JsonNode json(String entry) {
        try {
            return JSON.readTree(text(entry));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConnectorException(describe(entry), null, null, "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    /** Peeks at the first characters of an entry, for cheap format detection. */
    public String head(String entry, int chars) {
        String text = text(entry);
        return text.substring(0, Math.min(chars, text.length()));
    }

    /** How to name an entry in a message: the export path, and the entry inside a directory or zip. */
    public String describe(String entry) {
        return entries.size() == 1 && path.getFileName().toString().equals(entry) ? path.toString() : path + "!" + entry;
    }

    private static boolean utf16WithoutMark(byte[] data) {
        return data.length >= 4 && data[1] == 0 && data[3] == 0 && data[0] != 0;
    }

    private static Map<String, byte[]> readDirectory(Path dir) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (!hidden(name)) {
                    entries.put(name, Files.readAllBytes(file));
                }
            }
        }
        return entries;
    }

    private static Map<String, byte[]> readZip(Path zip) throws IOException {
        Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            for (ZipEntry entry : Collections.list(all)) {
                if (!entry.isDirectory() && !hidden(entry.getName())) {
                    entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
                }
            }
        }
        return new LinkedHashMap<>(entries);
    }

    private static boolean hidden(String name) {
        List<String> parts = new ArrayList<>(List.of(name.split("/")));
        return parts.stream().anyMatch(p -> p.startsWith(".") || p.equals("__MACOSX"));
    }

}
