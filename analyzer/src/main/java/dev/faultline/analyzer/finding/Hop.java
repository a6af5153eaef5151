package dev.faultline.analyzer.finding;

/**
 * One step of a finding's path: a node, and the relationship that leads from it to the next hop
 * (null on the last hop).
 *
 * @param key    the node's key
 * @param label  its main label (Identity, Group, Exception, Policy, AuthPath, System, Tenant...)
 * @param name   its name, when it has one
 * @param tenant its tenant key
 * @param edge   the relationship type to the next hop, null on the last
 * @param weak   whether this hop is a weak link: what lets the identity through without MFA
 */
public record Hop(String key, String label, String name, String tenant, String edge, boolean weak) {
}
