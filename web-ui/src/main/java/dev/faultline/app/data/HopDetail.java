package dev.faultline.app.data;

import java.util.List;
import java.util.Map;

import dev.faultline.analyzer.finding.Hop;

/**
 * One hop of a finding's path as stored, with what the graph says about its node now, for hover.
 *
 * @param hop        the hop as the analysis stored it (key, label, name, tenant, edge to the next hop, weak)
 * @param labels     the node's labels now, without {@code Entity}; empty when the node is no longer in the graph
 * @param properties a few of the node's properties (kind, status, criticality, protocol, ...) as text;
 *                   only those it has, by name
 */
public record HopDetail(Hop hop, List<String> labels, Map<String, String> properties) {

    public HopDetail {
        labels = List.copyOf(labels);
        properties = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(properties));
    }
}
