package dev.faultline.app.report;

import java.util.Locale;

/** The evidence pack's formats. */
public enum ReportFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The download's file name: {@code faultline-evidence-<run>.<ext>}. */
    public String fileName(String run) {
        return "faultline-evidence-" + run + "." + extension;
    }

    /** @throws IllegalArgumentException for anything but html or pdf (any case) */
    public static ReportFormat parse(String format) {
        return switch (format == null ? "" : format.strip().toLowerCase(Locale.ROOT)) {
            case "html" -> HTML;
            case "pdf" -> PDF;
            default -> throw new IllegalArgumentException("the format must be html or pdf, was '" + format + "'");
        };
    }
}
