package dev.faultline.ingest.connector.opengraph;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One node of an OpenGraph payload, or a placeholder for a node an edge names by id and kind but
 * the payload does not describe.
 *
 * @param file        the file that holds it, as messages name it
 * @param record      how messages name it, e.g. {@code graph.nodes[12] (id 5f3c...)}
 * @param id          the node's id, as written
 * @param kinds       its kinds, in order (the first is the primary kind)
 * @param properties  its flat properties (empty when none)
 * @param placeholder true when only an edge names it
 */
record OgNode(String file, String record, String id, List<String> kinds, ObjectNode properties, boolean placeholder) {

    OgNode {
        kinds = List.copyOf(kinds);
    }
}
