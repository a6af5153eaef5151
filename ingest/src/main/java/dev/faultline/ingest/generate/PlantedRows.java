package dev.faultline.ingest.generate;

import java.util.List;
import java.util.Set;

/** Writes the rows plants add to a file, references counted like the generator's own. */
final class PlantedRows {

    private static final Set<String> REFERENCES = Set.of("tenant", "identity", "policy", "subject", "owner",
            "requester", "approver", "system", "target", "actor", "trusting_tenant", "trusted_tenant", "member",
            "group", "principal", "role", "from", "to");

    private PlantedRows() {
    }

    static void write(CsvOut out, List<String[]> rows) {
        for (String[] row : rows) {
            List<String> columns = out.columns();
            for (int k = 0; k < row.length; k++) {
                if (REFERENCES.contains(columns.get(k))) {
                    out.ref(row[k]);
                } else {
                    out.text(row[k]);
                }
            }
            out.end();
        }
    }
}
