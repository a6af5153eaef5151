package dev.faultline.ingest.bundle;

/** The CSV parser cannot go on: the rest of the file is unreadable. */
final class MalformedCsvException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;

    MalformedCsvException(long line, String detail) {
        super(detail);
        this.line = line;
    }

    /** The line on which the broken record starts. */
    long line() {
        return line;
    }

    /** The reason as a validation error reports it. */
    String reason() {
        return Reasons.MALFORMED_CSV + ": " + getMessage();
    }
}
