package dev.faultline.ingest.connector.okta;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-on and app sign-on policy rules to policies: one policy row per rule (an Okta rule is what
 * demands or blocks), scoped to the groups and users it includes (the tenant when it names none)
 * and, for an app sign-on policy, to the apps that use it; each excluded user or group becomes an
 * exception, with no owner (Okta records none).
 */
final class PolicyMapper {

    private final OktaRows out;

    PolicyMapper(OktaRows out) {
        this.out = out;
    }

    String key(PolicyRule rule) {
        return rule.policyId() == null ? out.tenant() + "/policy-rule/" + rule.id()
                : out.tenant() + "/policy/" + rule.policyId() + "/rule/" + rule.id();
    }

    void emit(List<PolicyRule> rules, Map<String, List<String>> appsByPolicy) {
        for (PolicyRule rule : rules) {
            String key = key(rule);
            if (!out.rows().claim(key)) {
                continue;
            }
            out.rows().add("policies.csv").set("id", key).set("tenant", out.tenant())
                    .set("name", rule.policyName() == null ? rule.name() : rule.policyName() + " / " + rule.name())
                    .set("kind", rule.kind()).set("state", rule.enabled() ? "enabled" : "disabled")
                    .set("control", rule.control());
            boolean scoped = scopePeople(key, rule);
            if (!scoped) {
                out.rows().add("policy_scope.csv").set("policy", key).set("target", out.tenant());
            }
            if (rule.appSignOn() && rule.policyId() != null) {
                for (String app : appsByPolicy.getOrDefault(rule.policyId(), List.of())) {
                    if (out.hasApp(app)) {
                        out.rows().add("policy_scope.csv").set("policy", key).set("target", out.appKey(app));
                    }
                }
            }
            exceptions(key, rule);
        }
    }

    /** Whether the rule names people; unresolved names are noted, never widened to the tenant. */
    private boolean scopePeople(String key, PolicyRule rule) {
        int unresolved = 0;
        for (String group : rule.includeGroups()) {
            unresolved += scope(key, out.hasGroup(group) ? out.groupKey(group) : null);
        }
        for (String user : rule.includeUsers()) {
            unresolved += scope(key, out.hasUser(user) ? out.userKey(user) : null);
        }
        if (unresolved > 0) {
            out.note("policy rule " + rule.id() + " includes " + unresolved + " group(s) or user(s) not in the export");
        }
        return !rule.includeGroups().isEmpty() || !rule.includeUsers().isEmpty();
    }

    private int scope(String key, String target) {
        if (target == null) {
            return 1;
        }
        out.rows().add("policy_scope.csv").set("policy", key).set("target", target);
        return 0;
    }

    private void exceptions(String key, PolicyRule rule) {
        int unresolved = 0;
        for (String group : rule.excludeGroups()) {
            unresolved += exception(key, "group", out.hasGroup(group) ? out.groupKey(group) : null, group);
        }
        for (String user : rule.excludeUsers()) {
            unresolved += exception(key, "user", out.hasUser(user) ? out.userKey(user) : null, user);
        }
        if (unresolved > 0) {
            out.note("policy rule " + rule.id() + " excludes " + unresolved + " group(s) or user(s) not in the export");
        }
    }

    private int exception(String key, String type, String subject, String id) {
        if (subject == null) {
            return 1;
        }
        out.rows().add("exceptions.csv").set("id", key + "/exception/" + type + "/" + id).set("tenant", out.tenant())
                .set("policy", key).set("subject", subject);
        return 0;
    }

    /**
     * Whether an app sign-on policy enforces MFA: true when it has enabled rules and none of them
     * lets anyone in with one factor (rule order and conditions are not evaluated, so one allowing
     * 1FA rule is enough to say no); empty when the export has no enabled rule of that policy.
     */
    static Optional<Boolean> enforcesMfa(List<PolicyRule> rules, String policyId) {
        List<PolicyRule> enabled = rules.stream()
                .filter(r -> r.enabled() && policyId != null && policyId.equals(r.policyId())).toList();
        if (enabled.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(enabled.stream().noneMatch(r -> "allow".equals(r.control())));
    }
}
