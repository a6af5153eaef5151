package dev.faultline.analyzer.report;

/** The one rule for a cell of every CSV Faultline writes: the CSV report, the findings and exceptions exports. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * Null as an empty cell, and a leading {@code '} before what a spreadsheet would run as a
     * formula (a cell starting with {@code = + - @}, a tab or a carriage return), so a hostile name
     * is shown, not evaluated.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
