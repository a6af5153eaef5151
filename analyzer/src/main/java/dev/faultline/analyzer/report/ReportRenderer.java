package dev.faultline.analyzer.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes a {@link Report} in one format. Implementations keep no state between reports. */
public interface ReportRenderer {

    /** Writes the whole report to {@code out}; does not close it. */
    void write(Report report, Writer out) throws IOException;

    /** The whole report as one string. */
    default String render(Report report) {
        StringWriter buffer = new StringWriter();
        try {
            write(report, buffer);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return buffer.toString();
    }
}
