package dev.faultline.app.ingest;

/** A load or an analysis was asked for while another one runs; nothing was started. */
public final class JobBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JobBusyException(String message) {
        super(message);
    }
}
