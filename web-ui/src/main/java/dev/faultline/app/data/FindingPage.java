package dev.faultline.app.data;

import java.util.List;

/**
 * One page of findings.
 *
 * @param run      the analysis run they come from; null when there is no run (then total is 0)
 * @param total    how many findings match the filters, over all pages
 * @param page     0-based page number
 * @param size     the page size asked for
 * @param findings this page's findings, in the order asked for
 */
public record FindingPage(String run, long total, int page, int size, List<FindingSummary> findings) {

    public FindingPage {
        findings = List.copyOf(findings);
    }

    /** How many pages the total fills (0 when nothing matches). */
    public long pages() {
        return (total + size - 1) / size;
    }
}
