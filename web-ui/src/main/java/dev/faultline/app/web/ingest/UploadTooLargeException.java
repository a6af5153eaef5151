package dev.faultline.app.web.ingest;

import org.springframework.util.unit.DataSize;

/** An upload went over {@code faultline.ingest.max-upload}; what was received is deleted. */
final class UploadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UploadTooLargeException(String fileName, DataSize limit) {
        super("The file " + fileName + " is larger than the upload limit of " + UploadStore.describe(limit)
                + " (faultline.ingest.max-upload); nothing was loaded.");
    }
}
