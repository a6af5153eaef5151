package dev.faultline.app.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The roles of the UI, each allowed what the roles below it are: a viewer reads, an analyst also
 * loads data and manages exceptions, an admin also administers.
 */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    /** The Spring Security authority, {@code ROLE_VIEWER} for example. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role's name as configured and shown: {@code viewer}, {@code analyst}, {@code admin}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the allowed values when {@code value} is none of them
     */
    public static Role parse(String value) {
        return Arrays.stream(values()).filter(role -> role.id().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + value + "': use one of "
                        + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "))));
    }

    /** Spring Security's hierarchy, highest first: {@code ROLE_ADMIN > ROLE_ANALYST > ROLE_VIEWER}. */
    static String hierarchy() {
        return ADMIN.authority() + " > " + ANALYST.authority() + "\n" + ANALYST.authority() + " > " + VIEWER.authority();
    }
}
