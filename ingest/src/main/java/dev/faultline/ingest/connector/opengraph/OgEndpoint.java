package dev.faultline.ingest.connector.opengraph;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code start} or {@code end} of an edge: how to find the node.
 *
 * @param matchBy  {@code id} (the default), {@code name} (deprecated) or {@code property}
 * @param value    the id or name; null for {@code property}
 * @param kind     the optional kind the node must have
 * @param matchers for {@code property}: property name to the value it must equal
 */
record OgEndpoint(String matchBy, String value, Optional<String> kind, Map<String, JsonNode> matchers) {

    OgEndpoint {
        matchers = Map.copyOf(matchers);
    }

    /** How messages show it. */
    String describe() {
        return "property".equals(matchBy) ? "property " + matchers : matchBy + " '" + value + "'";
    }
}
