package dev.faultline.ingest.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.ingest.bundle.BundleSchema;
import dev.faultline.ingest.bundle.FileSpec;

/**
 * The rows a connector derives, file by file, in the bundle's cell syntax: what
 * {@link #writeTo(Path)} writes as a bundle directory for the loader (or for a person to read with
 * {@code faultline convert}). File and column names are checked against {@link BundleSchema} when a
 * row is added, so a connector cannot produce a file the loader would refuse for its shape.
 */
public final class BundleRows {

    private final String source;
    private final String description;
    private final Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();
    private final Set<String> keys = new HashSet<>();

    /**
     * @param source      the bundle's {@code source}: the connector's name
     * @param description what was read, for people
     */
    public BundleRows(String source, String description) {
        this.source = source;
        this.description = description;
    }

    public String source() {
        return source;
    }

    /** Starts a row of {@code fileName}; set its cells on the returned row. */
    public Row add(String fileName) {
        FileSpec spec = BundleSchema.file(fileName)
                .orElseThrow(() -> new IllegalArgumentException("Not a bundle file: " + fileName));
        Row row = new Row(spec);
        files.computeIfAbsent(fileName, f -> new ArrayList<>()).add(row.cells);
        return row;
    }

    /**
     * Records a key as used; false when it already was. Connectors call it before adding a node row
     * whose source may list the same object twice (a user in two exports).
     */
    public boolean claim(String key) {
        return keys.add(key);
    }

    /** The rows of one file, in the order added. */
    public List<Map<String, String>> rows(String fileName) {
        return files.getOrDefault(fileName, List.of());
    }

    /** Row counts per file, in the order files were first added. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        files.forEach((file, rows) -> counts.put(file, rows.size()));
        return counts;
    }

    /** Writes {@code manifest.json} and one CSV per file into {@code dir} (created when missing). */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            ObjectNode manifest = new ObjectMapper().createObjectNode()
                    .put("format", BundleSchema.FORMAT).put("version", BundleSchema.VERSION)
                    .put("source", source).put("description", description);
            Files.writeString(dir.resolve(BundleSchema.MANIFEST), manifest.toPrettyString(), StandardCharsets.UTF_8);
            for (Map.Entry<String, List<Map<String, String>>> file : files.entrySet()) {
                write(dir.resolve(file.getKey()), BundleSchema.file(file.getKey()).orElseThrow(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bundle to " + dir, e);
        }
    }

    private static void write(Path file, FileSpec spec, List<Map<String, String>> rows) throws IOException {
        List<String> header = spec.columnNames().stream()
                .filter(c -> rows.stream().anyMatch(r -> r.containsKey(c)) || spec.column(c).orElseThrow().required())
                .toList();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header);
            for (Map<String, String> row : rows) {
                List<String> cells = new ArrayList<>(header.size());
                for (String column : header) {
                    cells.add(row.getOrDefault(column, ""));
                }
                csv.printRecord(cells);
            }
        }
    }

    /** One row; setters take typed values and write the bundle's cell syntax. Null leaves the cell empty. */
    public static final class Row {
        private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        private final FileSpec spec;
        private final Map<String, String> cells = new LinkedHashMap<>();

        private Row(FileSpec spec) {
            this.spec = spec;
        }

        public Row set(String column, String value) {
            if (spec.column(column).isEmpty()) {
                throw new IllegalArgumentException(spec.fileName() + " has no column " + column);
            }
            if (value != null && !value.isBlank()) {
                cells.put(column, value.strip());
            }
            return this;
        }

        public Row set(String column, Boolean value) {
            return set(column, value == null ? null : value.toString());
        }

        public Row set(String column, Long value) {
            return set(column, value == null ? null : value.toString());
        }

        public Row set(String column, Double value) {
            return set(column, value == null ? null : value.toString());
        }

        public Row set(String column, OffsetDateTime value) {
            return set(column, value == null ? null : INSTANT.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
        }

        /** A list cell: values joined with {@code ;}. */
        public Row set(String column, Collection<String> values) {
            return set(column, values == null || values.isEmpty() ? null : String.join(";", values));
        }
    }
}
