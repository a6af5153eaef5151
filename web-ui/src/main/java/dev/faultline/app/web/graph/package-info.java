/**
 * Graphs as the browser draws them: one JSON shape (nodes with a kind that picks colour and shape,
 * edges with a weak flag) for a finding's path and for the explorer, drawn by {@code /js/graph.js}.
 */
package dev.faultline.app.web.graph;
