package dev.faultline.ingest.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one CSV file of the bundle, row by row, cell by cell (RFC 4180: CRLF line ends, a cell
 * with a comma, quote or line break in quotes). Counts rows and non-empty references, and refuses a
 * row whose number of cells differs from the header's.
 */
final class CsvOut implements Closeable {

    private static final int FLUSH_AT = 1 << 16;

    private final BundleFile file;
    private final Writer writer;
    private final Timestamps timestamps;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private char[] chunk = new char[FLUSH_AT + 4096];
    private int cells;
    private long rows;
    private long references;

    CsvOut(BundleFile file, Writer writer, Timestamps timestamps) {
        this.file = file;
        this.writer = writer;
        this.timestamps = timestamps;
        file.columns().forEach(this::text);
        finishLine();
    }

    List<String> columns() {
        return file.columns();
    }

    long rows() {
        return rows;
    }

    /** Non-empty cells written through {@link #ref} or {@link #refKey}. */
    long references() {
        return references;
    }

    CsvOut text(String value) {
        separate();
        if (value != null) {
            appendEscaped(value);
        }
        return this;
    }

    CsvOut empty() {
        separate();
        return this;
    }

    /** A key made of a prefix and a zero-padded number, such as {@code acme-entra/u/0000123}. */
    CsvOut key(String prefix, long number, int width) {
        separate();
        appendKey(prefix, number, width);
        return this;
    }

    /** A reference to another entity; null or empty when unknown. */
    CsvOut ref(String key) {
        if (key != null && !key.isEmpty()) {
            references++;
        }
        return text(key);
    }

    /** A reference to an entity whose key is a prefix and a zero-padded number. */
    CsvOut refKey(String prefix, long number, int width) {
        references++;
        return key(prefix, number, width);
    }

    /** Appends to the last cell, unescaped: for keys built in pieces. */
    CsvOut append(String raw) {
        buffer.append(raw);
        return this;
    }

    CsvOut number(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    CsvOut bool(boolean value) {
        return text(value ? "true" : "false");
    }

    CsvOut dateTime(long epochSecond) {
        separate();
        timestamps.appendDateTime(buffer, epochSecond);
        return this;
    }

    /** Ends the row; fails when it does not have one cell per column. */
    void end() {
        if (cells != file.columns().size()) {
            throw new IllegalStateException("%s: a row has %d cells for %d columns"
                    .formatted(file.fileName(), cells, file.columns().size()));
        }
        rows++;
        finishLine();
    }

    private void finishLine() {
        buffer.append('\r').append('\n');
        cells = 0;
        if (buffer.length() >= FLUSH_AT) {
            flushBuffer();
        }
    }

    private void separate() {
        if (cells++ > 0) {
            buffer.append(',');
        }
    }

    private void appendKey(String prefix, long number, int width) {
        buffer.append(prefix);
        int digits = 1;
        for (long rest = number / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int pad = width - digits; pad > 0; pad--) {
            buffer.append('0');
        }
        buffer.append(number);
    }

    private void appendEscaped(String value) {
        if (!needsQuotes(value)) {
            buffer.append(value);
            return;
        }
        buffer.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            buffer.append(c);
            if (c == '"') {
                buffer.append('"');
            }
        }
        buffer.append('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private void flushBuffer() {
        int length = buffer.length();
        if (chunk.length < length) {
            chunk = new char[length];
        }
        buffer.getChars(0, length, chunk, 0);
        try {
            writer.write(chunk, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.fileName(), e);
        }
        buffer.setLength(0);
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            writer.close();
        }
    }
}
