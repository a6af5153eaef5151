/**
 * The remediation plan: over every bypass path into the critical systems, a minimum-cost set of cuts
 * (a minimum cut of the bypass network) that closes them all, and the choke points ranked by how many
 * paths each closes.
 */
package dev.faultline.analyzer.plan;
