package dev.faultline.analyzer.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every rule, in one explicit list; ids must be unique. */
public final class Rules {

    private Rules() {
    }

    /** All rules, in report order. */
    public static List<Rule> all() {
        List<Rule> rules = List.of(
                new OwnerlessExceptionRule(), new ExceptionScopeRule(), new MfaPolicyNotEnforcedRule(),
                new StaleCredentialRule(), new OwnerlessNhiRule(), new NhiOnMfaExceptionRule(),
                new LegacyAuthBypassRule(), new CrossTenantMfaTrustRule(),
                new BreakGlassRule(), new SyncedPrivilegedAdminRule(), new WeakRecoveryPathRule(), new WeakestTwinRule()
        );
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byId.put(rule.info().id(), rule) != null) {
                throw new IllegalStateException("two rules have the id " + rule.info().id());
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The rules with these ids, in report order; an unknown id is an error naming the known ones. */
    public static List<Rule> select(List<String> ids) {
        List<Rule> all = all();
        if (ids == null || ids.isEmpty()) {
            return all;
        }
        List<String> known = all.stream().map(r -> r.info().id()).toList();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("unknown rule '" + id + "'; rules are " + String.join(", ", known));
            }
        }
        return all.stream().filter(r -> ids.contains(r.info().id())).toList();
    }
}
