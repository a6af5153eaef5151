package dev.faultline.app.web.tenants;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.faultline.app.data.BypassMatrix;
import dev.faultline.app.data.MatrixCell;
import dev.faultline.app.data.TenantSummary;

/**
 * The bypass matrix as the page draws it: every tenant both as a row (from) and a column (into),
 * so the table is square and a tenant without a crossing still shows, its cells zero.
 *
 * @param run     the analysis run the matrix is of; null when there is none or it found no crossing
 * @param tenants the row and column keys, sorted
 * @param names   tenant names by key, for the headers (a key absent when the tenant has no name)
 * @param matrix  the cells
 */
public record MatrixTable(String run, List<String> tenants, Map<String, String> names, BypassMatrix matrix) {

    static MatrixTable of(BypassMatrix matrix, List<TenantSummary> known) {
        TreeSet<String> keys = new TreeSet<>(matrix.tenants());
        known.forEach(t -> keys.add(t.key()));
        return new MatrixTable(matrix.run(), List.copyOf(keys), names(known), matrix);
    }

    public MatrixCell cell(String from, String to) {
        return matrix.cell(from, to);
    }

    /** A tenant's name, else its key. */
    public String label(String key) {
        return names.getOrDefault(key, key);
    }

    /** All bypass findings crossing from one tenant into another (the diagonal excluded). */
    public int crossing() {
        return matrix.cells().stream().filter(c -> !c.fromTenant().equals(c.toTenant())).mapToInt(MatrixCell::findings).sum();
    }

    /** All bypass findings in the matrix. */
    public int total() {
        return matrix.cells().stream().mapToInt(MatrixCell::findings).sum();
    }

    /** Tenant names by key, for those that have one. */
    static Map<String, String> names(List<TenantSummary> known) {
        return known.stream().filter(t -> t.name() != null)
                .collect(Collectors.toUnmodifiableMap(TenantSummary::key, TenantSummary::name, (a, b) -> a));
    }
}
