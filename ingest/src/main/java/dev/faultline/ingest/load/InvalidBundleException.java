package dev.faultline.ingest.load;

import java.nio.file.Path;
import java.util.Map;

import dev.faultline.ingest.bundle.ValidationReport;

/** One or more bundles failed validation; nothing was written. */
public final class InvalidBundleException extends RuntimeException {

    private final transient Map<Path, ValidationReport> reports;

    InvalidBundleException(Map<Path, ValidationReport> reports) {
        super(reports.values().stream().mapToLong(r -> r.errors().size()).sum() + " error(s) in "
                + reports.keySet() + "; nothing was written");
        this.reports = Map.copyOf(reports);
    }

    /** The report of each invalid bundle. */
    public Map<Path, ValidationReport> reports() {
        return reports;
    }
}
