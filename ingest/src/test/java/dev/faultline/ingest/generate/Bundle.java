package dev.faultline.ingest.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A generated bundle read back with commons-csv, every file of the format, in memory. */
final class Bundle {

    /** One CSV file: its header as written and its rows. */
    record Table(List<String> header, List<CSVRecord> rows) {

        List<CSVRecord> where(String column, String value) {
            return rows.stream().filter(r -> r.get(column).equals(value)).toList();
        }

        List<CSVRecord> where(Predicate<CSVRecord> condition) {
            return rows.stream().filter(condition).toList();
        }
    }

    private final Path dir;
    private final Map<String, Table> tables;

    private Bundle(Path dir, Map<String, Table> tables) {
        this.dir = dir;
        this.tables = tables;
    }

    static Bundle read(Path dir) throws IOException {
        Map<String, Table> tables = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        for (BundleSpec.FileSpec spec : BundleSpec.FILES) {
            try (Reader reader = Files.newBufferedReader(dir.resolve(spec.name()), StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                tables.put(spec.name(), new Table(parser.getHeaderNames(), new ArrayList<>(parser.getRecords())));
            }
        }
        return new Bundle(dir, tables);
    }

    Path dir() {
        return dir;
    }

    Table table(String file) {
        return tables.get(file);
    }

    List<CSVRecord> rows(String file) {
        return tables.get(file).rows();
    }
}
