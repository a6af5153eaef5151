package dev.faultline.app.api;

/** What a request names does not exist (a finding key, a run id, a node): answered 404. */
final class ApiNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ApiNotFoundException(String message) {
        super(message);
    }
}
