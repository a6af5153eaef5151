/**
 * Path search for path rules: a compact JGraphT projection of the relevant subgraph (a vertex is a
 * node's key, an edge carries its own id) and a bounded breadth-first search over it. Free of the
 * driver and of rule types: rules map their query rows to {@link dev.faultline.analyzer.path.ProjectedEdge}.
 */
package dev.faultline.analyzer.path;
