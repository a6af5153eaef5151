package dev.faultline.app.data;

import java.util.List;

/**
 * Tenant by tenant, the bypass paths of an analysis run (see {@link MergerReads#matrix}).
 *
 * @param run     the analysis run; null when there is none, or it found no bypass crossing tenants
 * @param tenants every tenant of a row or a column, sorted
 * @param cells   the non-empty cells, by row then column
 */
public record BypassMatrix(String run, List<String> tenants, List<MatrixCell> cells) {

    public BypassMatrix {
        tenants = List.copyOf(tenants);
        cells = List.copyOf(cells);
    }

    /** The cell at (from, to): zero findings when none. */
    public MatrixCell cell(String fromTenant, String toTenant) {
        return cells.stream().filter(c -> c.fromTenant().equals(fromTenant) && c.toTenant().equals(toTenant))
                .findFirst().orElse(new MatrixCell(fromTenant, toTenant, 0, null));
    }
}
