package dev.faultline.analyzer.plan;

import java.util.List;

/**
 * One element of a bypass path that a fix can remove: a relationship of the bypass network.
 *
 * @param id       stable: the kind and the keys of both ends
 * @param kind     what the fix is
 * @param fromKey  the relationship's start node (the population, the exception, the trusted tenant, the credential...)
 * @param fromName its name
 * @param toKey    the relationship's end node
 * @param toName   its name
 * @param tenant   the tenant where the fix is made
 * @param cost     {@link CutKind#cost()}
 * @param action   the fix in words
 * @param paths    ids of the bypass paths this cut closes, sorted
 * @param findings keys of the findings those paths come from, sorted
 */
public record Cut(String id, CutKind kind, String fromKey, String fromName, String toKey, String toName,
        String tenant, int cost, String action, List<String> paths, List<String> findings) {

    public Cut {
        paths = List.copyOf(paths);
        findings = List.copyOf(findings);
    }
}
