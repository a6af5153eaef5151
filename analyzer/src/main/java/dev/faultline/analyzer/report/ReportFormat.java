package dev.faultline.analyzer.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code faultline analyze --format} writes, each with its renderer. */
public enum ReportFormat {
    /** The summary table and one paragraph per finding, for a person at a terminal. */
    TEXT(new TextReport()),
    /** Everything the analysis holds; schema in docs/analysis-report.schema.json. */
    JSON(new JsonReport()),
    /** One row per finding (RFC 4180), safe to open in a spreadsheet. */
    CSV(new CsvReport()),
    /** SARIF 2.1.0, for code-scanning dashboards. */
    SARIF(new SarifReport());

    private final ReportRenderer renderer;

    ReportFormat(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    public ReportRenderer renderer() {
        return renderer;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code text}, {@code json}, {@code csv} or {@code sarif} (any case). */
    public static ReportFormat parse(String text) {
        for (ReportFormat format : values()) {
            if (text != null && format.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("format must be one of " + ids() + ", was '" + text + "'");
    }

    /** {@code text, json, csv, sarif}. */
    public static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
