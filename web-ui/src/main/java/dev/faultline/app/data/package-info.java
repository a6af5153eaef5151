/**
 * The read side of the web UI: plain services over the graph, one per screen (findings, exceptions
 * register, tenants and merger view, graph explorer, run history), each taking the process's
 * {@code Driver} and the database name, running only statements of {@code cypher/ui/} (and
 * {@code cypher/stats/}) with user text as parameters, and returning records. Limits are checked
 * here, before a query runs: pages of at most 200 findings, drawings of at most 500 nodes.
 */
package dev.faultline.app.data;
