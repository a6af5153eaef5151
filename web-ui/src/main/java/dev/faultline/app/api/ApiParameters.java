package dev.faultline.app.api;

import java.util.Locale;
import java.util.function.Supplier;

import dev.faultline.app.data.SubjectKind;

/** Helpers shared by the API's controllers: checking and parsing parameters. */
final class ApiParameters {

    private ApiParameters() {
    }

    /**
     * The value {@code parse} makes of a parameter; its {@link IllegalArgumentException} becomes an
     * {@link ApiParameterException} naming {@code parameter}.
     */
    static <T> T parse(String parameter, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ApiParameterException(parameter, e.getMessage());
        }
    }

    /** A parameter that may not be blank. */
    static String required(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new ApiParameterException(parameter, "'" + parameter + "' is required");
        }
        return value;
    }

    /**
     * @param value {@code human} or {@code non-human} (any case, {@code non_human} too); null or blank for any
     */
    static SubjectKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "human" -> SubjectKind.HUMAN;
            case "non-human" -> SubjectKind.NON_HUMAN;
            default -> throw new ApiParameterException("kind", "Unknown kind '" + value + "'; expected human or non-human");
        };
    }
}
