package dev.faultline.ingest.bundle;

/**
 * A bundle that cannot be opened or read: not a directory or zip, an I/O error, or a file read
 * before the bundle was validated. Validation problems are reported in a {@link ValidationReport},
 * never thrown.
 */
public class BundleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
