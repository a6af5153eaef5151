package dev.faultline.app.data;

/**
 * The bypass findings from one tenant into another.
 *
 * @param fromTenant    where the identities come from (the row)
 * @param toTenant      whose system or tenant they reach (the column)
 * @param findings      how many findings
 * @param worstSeverity the worst severity among them
 */
public record MatrixCell(String fromTenant, String toTenant, int findings, String worstSeverity) {
}
