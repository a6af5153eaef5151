package dev.faultline.ingest.connector.okta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the rules of Okta sign-on and app sign-on policies: from {@code policies.json} (rules
 * embedded as {@code _embedded.rules}, as {@code ?expand=rules} returns them) and from rule files
 * ({@code policy_rules_<policyId>.json}, {@code policies/<policyId>/rules.json}). Other policy
 * types (password, MFA enrollment, IdP discovery, ...) demand nothing at sign-in and are skipped.
 */
final class PolicyReader {

    private PolicyReader() {
    }

    static List<PolicyRule> read(OktaExport export) {
        Map<String, OktaItem> policies = new HashMap<>();
        List<OktaItem> rules = new ArrayList<>();
        for (OktaItem policy : export.items(Endpoint.POLICIES)) {
            String id = OktaJson.required(policy, "id");
            policies.putIfAbsent(id, policy);
            JsonNode embedded = OktaJson.at(policy.node(), "_embedded.rules");
            for (int i = 0; i < embedded.size(); i++) {
                rules.add(new OktaItem(Endpoint.POLICY_RULES, policy.file(), policy.record() + "._embedded.rules[" + i + "]",
                        id, embedded.get(i)));
            }
        }
        rules.addAll(export.items(Endpoint.POLICY_RULES));
        List<PolicyRule> result = new ArrayList<>();
        for (OktaItem rule : rules) {
            OktaItem policy = rule.parent() == null ? null : policies.get(rule.parent());
            rule(rule, policy).ifPresent(result::add);
        }
        return result;
    }

    private static Optional<PolicyRule> rule(OktaItem rule, OktaItem policy) {
        String kind = kind(OktaJson.text(rule, "type"), policy == null ? null : OktaJson.required(policy, "type"));
        if (kind == null) {
            return Optional.empty();
        }
        String id = OktaJson.required(rule, "id");
        boolean enabled = active(rule) && (policy == null || active(policy));
        List<String> includeGroups = OktaJson.texts(rule, "conditions.people.groups.include");
        if (includeGroups.isEmpty() && policy != null) {
            includeGroups = OktaJson.texts(policy, "conditions.people.groups.include");
        }
        return Optional.of(new PolicyRule(rule.parent(), policy == null ? null : OktaJson.text(policy, "name"), id,
                Optional.ofNullable(OktaJson.text(rule, "name")).orElse(id), kind, enabled, control(rule),
                includeGroups, OktaJson.texts(rule, "conditions.people.users.include"),
                union(rule, policy, "conditions.people.groups.exclude"),
                union(rule, policy, "conditions.people.users.exclude"), rule));
    }

    private static String kind(String ruleType, String policyType) {
        if ("SIGN_ON".equals(ruleType) || ruleType == null && "OKTA_SIGN_ON".equals(policyType)) {
            return "okta-sign-on";
        }
        if ("ACCESS_POLICY".equals(ruleType) || ruleType == null && "ACCESS_POLICY".equals(policyType)) {
            return "okta-app-sign-on";
        }
        return null;
    }

    private static String control(OktaItem rule) {
        String access = Optional.ofNullable(OktaJson.text(rule, "actions.signon.access"))
                .orElse(OktaJson.text(rule, "actions.appSignOn.access"));
        if ("DENY".equalsIgnoreCase(access)) {
            return "block";
        }
        String factorMode = OktaJson.text(rule, "actions.appSignOn.verificationMethod.factorMode");
        if (Boolean.TRUE.equals(OktaJson.bool(rule, "actions.signon.requireFactor")) || "2FA".equalsIgnoreCase(factorMode)) {
            return "require-mfa";
        }
        return "allow";
    }

    private static boolean active(OktaItem item) {
        String status = OktaJson.text(item, "status");
        return status == null || "ACTIVE".equalsIgnoreCase(status);
    }

    private static List<String> union(OktaItem rule, OktaItem policy, String path) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(OktaJson.texts(rule, path));
        if (policy != null) {
            ids.addAll(OktaJson.texts(policy, path));
        }
        return List.copyOf(ids);
    }
}
