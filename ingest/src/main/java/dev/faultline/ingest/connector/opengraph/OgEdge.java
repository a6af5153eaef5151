package dev.faultline.ingest.connector.opengraph;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One edge of an OpenGraph payload.
 *
 * @param file       the file that holds it
 * @param record     how messages name it, e.g. {@code graph.edges[3] (kind AZCreateTAP)}
 * @param kind       the edge kind, as written
 * @param start      how to find the start node
 * @param end        how to find the end node
 * @param properties its flat properties (empty when none)
 */
record OgEdge(String file, String record, String kind, OgEndpoint start, OgEndpoint end, ObjectNode properties) {
}
