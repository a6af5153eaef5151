package dev.faultline.ingest.connector.opengraph;

import java.util.List;
import java.util.Optional;

/**
 * One OpenGraph file.
 *
 * @param file       the file, as messages name it
 * @param stem       the file name without directory and extension, for the fallback tenant key
 * @param sourceKind {@code metadata.source_kind}, when given
 * @param nodes      its nodes, in order
 * @param edges      its edges, in order
 */
record OgPayload(String file, String stem, Optional<String> sourceKind, List<OgNode> nodes, List<OgEdge> edges) {

    OgPayload {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
