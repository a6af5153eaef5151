package dev.faultline.ingest.connector.aws;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decides whether a user, group or role is an administrator from its attached managed policies
 * (AWS {@code AdministratorAccess} or {@code IAMFullAccess}, or a managed policy of the export's
 * {@code Policies} list whose default version grants admin) and its inline policies: some policy
 * allows {@code *}, {@code *:*} or {@code iam:*} on every resource and no policy of the same holder
 * denies it (or everything) without a condition. Permission boundaries, SCPs and a group's
 * denials over its members' own policies are not evaluated.
 */
final class AdminPolicies {

    private final Map<String, PolicyDocuments.AdminActions> managed = new HashMap<>();

    /** Reads the {@code Policies} list: each managed policy's default version. */
    static AdminPolicies read(JsonNode root, Where file) {
        AdminPolicies policies = new AdminPolicies();
        List<JsonNode> list = AwsValues.array(root, "Policies", file);
        for (int i = 0; i < list.size(); i++) {
            JsonNode policy = list.get(i);
            Where where = file.in("Policies[" + i + "]" + named(policy, "PolicyName"));
            String arn = AwsValues.text(policy, "Arn", where);
            String defaultVersion = AwsValues.optionalText(policy, "DefaultVersionId", where);
            List<JsonNode> versions = AwsValues.array(policy, "PolicyVersionList", where);
            PolicyDocuments.AdminActions actions = none();
            for (int v = 0; v < versions.size(); v++) {
                JsonNode version = versions.get(v);
                boolean isDefault = version.path("IsDefaultVersion").asBoolean(false)
                        || (defaultVersion != null && defaultVersion.equals(version.path("VersionId").asText()));
                String field = "PolicyVersionList[" + v + "].Document";
                if (isDefault) {
                    actions.add(PolicyDocuments.adminActions(PolicyDocuments.document(version.get("Document"), where, field), where, field));
                }
            }
            policies.managed.put(arn, actions);
        }
        return policies;
    }

    /** Whether {@code AttachedManagedPolicies} or the inline list {@code inlineField} of {@code entity} grants admin. */
    boolean admin(JsonNode entity, String inlineField, Where where) {
        PolicyDocuments.AdminActions actions = none();
        List<JsonNode> attached = AwsValues.array(entity, "AttachedManagedPolicies", where);
        for (int i = 0; i < attached.size(); i++) {
            JsonNode policyArn = attached.get(i).get("PolicyArn");
            if (policyArn == null || !policyArn.isTextual()) {
                throw where.fail("AttachedManagedPolicies[" + i + "].PolicyArn", policyArn == null ? "missing"
                        : "expected a string, got " + AwsValues.abbreviate(policyArn));
            }
            String arn = policyArn.asText();
            if (arn.endsWith(":policy/AdministratorAccess")) {
                actions.allowed().add("*");
            } else if (arn.endsWith(":policy/IAMFullAccess")) {
                actions.allowed().add("iam:*");
            }
            actions.add(managed.getOrDefault(arn, none()));
        }
        List<JsonNode> inline = AwsValues.array(entity, inlineField, where);
        for (int i = 0; i < inline.size(); i++) {
            String field = inlineField + "[" + i + "].PolicyDocument";
            actions.add(PolicyDocuments.adminActions(PolicyDocuments.document(inline.get(i).get("PolicyDocument"), where, field), where, field));
        }
        return actions.admin();
    }

    private static PolicyDocuments.AdminActions none() {
        return new PolicyDocuments.AdminActions(new java.util.HashSet<>(), new java.util.HashSet<>());
    }

    /** {@code " (Field value)"} for a record name, empty when the field is not a string. */
    static String named(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() ? " (" + field + " " + value.asText() + ")" : "";
    }
}
