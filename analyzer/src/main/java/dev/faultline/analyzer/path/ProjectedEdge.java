package dev.faultline.analyzer.path;

/**
 * One row of a projection query: a relationship and its two ends.
 *
 * @param from the start node
 * @param to   the end node
 * @param type the relationship type
 * @param weak whether it is a weak link
 */
public record ProjectedEdge(Node from, Node to, String type, boolean weak) {
}
