package dev.faultline.ingest.connector.opengraph;

import dev.faultline.ingest.connector.BundleRows;

/**
 * What an OpenGraph export became, with what could not be kept.
 *
 * @param rows         the bundle rows
 * @param files        the OpenGraph files read
 * @param skippedEdges edges left out because an end is not in the export and no placeholder can
 *                     stand for it (matched by name or property, or by id without a kind)
 * @param duplicates   edges repeated with the same ends and kind, written once
 * @param placeholders nodes written only because an edge names them by id and kind
 */
public record OpenGraphResult(BundleRows rows, int files, int skippedEdges, int duplicates, int placeholders) {
}
