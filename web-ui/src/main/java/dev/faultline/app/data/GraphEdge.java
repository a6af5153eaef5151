package dev.faultline.app.data;

/**
 * A relationship ready to draw, as stored: from its start node to its end node.
 *
 * @param type the relationship type (MEMBER_OF, HAS_AUTH_PATH, REACHES, TRUSTS, ...)
 * @param from the start node's key
 * @param to   the end node's key
 */
public record GraphEdge(String type, String from, String to) {
}
