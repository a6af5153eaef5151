package dev.faultline.ingest.load;

/** Writing a valid bundle failed (database unreachable, constraint violated by concurrent data...). */
public final class IngestException extends RuntimeException {

    IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
