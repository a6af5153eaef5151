package dev.faultline.app.api;

/** The request cannot run now (an analysis runs or an upload loads): answered 409. */
final class ApiConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ApiConflictException(String message) {
        super(message);
    }
}
