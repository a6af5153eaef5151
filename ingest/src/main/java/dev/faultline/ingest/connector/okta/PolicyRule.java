package dev.faultline.ingest.connector.okta;

import java.util.List;

/**
 * One rule of an Okta sign-on policy ({@code OKTA_SIGN_ON}, rule type {@code SIGN_ON}) or app
 * sign-on policy ({@code ACCESS_POLICY}), as Faultline reads it.
 *
 * @param policyId       the policy it belongs to; null when the export does not say
 * @param policyName     the policy's name; null when unknown
 * @param id             the rule id
 * @param name           the rule name
 * @param kind           {@code okta-sign-on} or {@code okta-app-sign-on}
 * @param enabled        the rule and (when known) its policy are ACTIVE
 * @param control        {@code block} (access DENY), {@code require-mfa} (requireFactor, factorMode 2FA) or {@code allow}
 * @param includeGroups  {@code conditions.people.groups.include} of the rule, else of the policy
 * @param includeUsers   {@code conditions.people.users.include}
 * @param excludeGroups  {@code conditions.people.groups.exclude} of the rule and the policy
 * @param excludeUsers   {@code conditions.people.users.exclude} of the rule and the policy
 * @param item           where it was read, for messages
 */
record PolicyRule(String policyId, String policyName, String id, String name, String kind, boolean enabled,
                  String control, List<String> includeGroups, List<String> includeUsers,
                  List<String> excludeGroups, List<String> excludeUsers, OktaItem item) {

    boolean appSignOn() {
        return "okta-app-sign-on".equals(kind);
    }
}
