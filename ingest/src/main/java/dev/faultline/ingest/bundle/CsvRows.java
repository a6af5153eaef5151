package dev.faultline.ingest.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one CSV file with the physical line each starts on. Blank lines are skipped (but
 * counted), so a quoted cell spanning lines keeps the following line numbers right.
 */
final class CsvRows implements Closeable {

    /** RFC 4180; blank lines kept so that line numbers can be counted. Parsed once, shared. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final long headerLine;
    private CSVRecord record;
    private long line;

    private CsvRows(Reader reader) throws IOException, MalformedCsvException {
        this.parser = CSVParser.parse(reader, FORMAT);
        this.records = parser.iterator();
        if (next()) {
            this.header = normalized(record);
            this.headerLine = line;
        } else {
            this.header = List.of();
            this.headerLine = 0;
        }
    }

    /** Opens a file and reads its header. The caller closes the result. */
    static CsvRows open(Reader reader) throws IOException, MalformedCsvException {
        try {
            return new CsvRows(reader);
        } catch (MalformedCsvException | IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The header's column names, trimmed and lower case; empty for an empty file. */
    List<String> header() {
        return header;
    }

    /** The line the header is on; 0 for an empty file. */
    long headerLine() {
        return headerLine;
    }

    /** Moves to the next non-blank record; false at the end of the file. */
    boolean next() throws MalformedCsvException {
        while (true) {
            long start = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    return false;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw malformed(start, e);
            }
            line = start;
            if (record.size() > 1 || !record.get(0).isEmpty()) {
                return true;
            }
        }
    }

    /** The current record. */
    CSVRecord record() {
        return record;
    }

    /** The line the current record starts on. */
    long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static MalformedCsvException malformed(long start, UncheckedIOException e) {
        if (!(e.getCause() instanceof CSVException)) {
            throw e;
        }
        String message = String.valueOf(e.getCause().getMessage());
        String detail;
        if (message.contains("EOF reached before encapsulated token finished")) {
            detail = "unclosed quote";
        } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
            detail = "text after a closing quote (write a quote inside a quoted cell as \"\")";
        } else {
            detail = message;
        }
        return new MalformedCsvException(start, detail + "; the rest of the file cannot be read");
    }

    private static List<String> normalized(CSVRecord header) {
        List<String> names = new ArrayList<>(header.size());
        for (String name : header) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(names);
    }
}
