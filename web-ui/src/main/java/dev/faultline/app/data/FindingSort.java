package dev.faultline.app.data;

import java.util.Arrays;
import java.util.Locale;

/**
 * The orders a findings page can be sorted in: the whitelist between a request parameter and the
 * {@code $sort} of {@code ui/findings}, so no user text ever becomes part of a query.
 */
public enum FindingSort {
    SEVERITY("severity"), RULE("rule"), SUBJECT("subject"), TENANT("tenant"), FIRST_SEEN("firstSeen");

    private final String parameter;

    FindingSort(String parameter) {
        this.parameter = parameter;
    }

    /** The value sent as {@code $sort}, and accepted by {@link #parse}. */
    public String parameter() {
        return parameter;
    }

    /**
     * @param text a sort key as a request names it ({@code severity}, {@code rule}, {@code subject},
     *             {@code tenant}, {@code firstSeen}; case-insensitive)
     * @throws IllegalArgumentException for any other text
     */
    public static FindingSort parse(String text) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown sort '" + text + "'; expected one of "
                        + Arrays.stream(values()).map(FindingSort::parameter).toList()));
    }

    @Override
    public String toString() {
        return parameter.toLowerCase(Locale.ROOT);
    }
}
