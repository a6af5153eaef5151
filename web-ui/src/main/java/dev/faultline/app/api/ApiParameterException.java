package dev.faultline.app.api;

/** A request parameter the API cannot use: answered 400, naming the parameter. */
final class ApiParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    ApiParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The query or path parameter that was wrong. */
    String parameter() {
        return parameter;
    }
}
