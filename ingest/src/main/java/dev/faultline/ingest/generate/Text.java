package dev.faultline.ingest.generate;

import java.util.Locale;

/** Text helpers that give the same output whatever the default locale of the machine. */
final class Text {

    private Text() {
    }

    /** The prefix and the number zero-padded to the width: {@code padded("acme-entra/u/", 123, 7)}. */
    static String padded(String prefix, long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? prefix + digits : prefix + "0".repeat(width - digits.length()) + digits;
    }

    /** {@link String#format} in the root locale, so that digits are never localized. */
    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
