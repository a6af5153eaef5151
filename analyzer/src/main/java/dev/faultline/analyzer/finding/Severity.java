package dev.faultline.analyzer.finding;

import java.util.Locale;

/** How bad a finding is. Ordered: a later constant is worse. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** One step worse, CRITICAL staying CRITICAL: what a finding with no active owner gets. */
    public Severity raise() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }

    /** Reads {@code low}, {@code medium}, {@code high}, {@code critical} (any case). */
    public static Severity parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("severity is required (low, medium, high or critical)");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("severity must be low, medium, high or critical, was '" + text + "'", e);
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
