package dev.faultline.ingest.connector.aws;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads {@code aws iam get-account-authorization-details} output into users, groups and roles. */
final class AuthorizationDetailsReader {

    private AuthorizationDetailsReader() {
    }

    static AuthorizationDetails read(JsonNode root, String file) {
        Where whole = new Where(file, null);
        if (root == null || !root.isObject()) {
            throw whole.fail(null, "expected a JSON object with UserDetailList, GroupDetailList, RoleDetailList and Policies");
        }
        AdminPolicies policies = AdminPolicies.read(root, whole);
        return new AuthorizationDetails(users(root, whole, policies), groups(root, whole, policies), roles(root, whole, policies));
    }

    private static List<IamUser> users(JsonNode root, Where file, AdminPolicies policies) {
        List<IamUser> users = new ArrayList<>();
        List<JsonNode> list = AwsValues.array(root, "UserDetailList", file);
        for (int i = 0; i < list.size(); i++) {
            JsonNode user = list.get(i);
            Where where = file.in("UserDetailList[" + i + "]" + AdminPolicies.named(user, "UserName"));
            String name = AwsValues.text(user, "UserName", where);
            String arn = AwsValues.text(user, "Arn", where);
            List<String> groups = AwsValues.strings(user.get("GroupList"), where, "GroupList");
            users.add(new IamUser(account(arn, where), name, arn,
                    AwsValues.dateTime(AwsValues.optionalText(user, "CreateDate", where), where, "CreateDate"),
                    groups, policies.admin(user, "UserPolicyList", where)));
        }
        return users;
    }

    private static List<IamGroup> groups(JsonNode root, Where file, AdminPolicies policies) {
        List<IamGroup> groups = new ArrayList<>();
        List<JsonNode> list = AwsValues.array(root, "GroupDetailList", file);
        for (int i = 0; i < list.size(); i++) {
            JsonNode group = list.get(i);
            Where where = file.in("GroupDetailList[" + i + "]" + AdminPolicies.named(group, "GroupName"));
            String arn = AwsValues.text(group, "Arn", where);
            groups.add(new IamGroup(account(arn, where), AwsValues.text(group, "GroupName", where), arn,
                    policies.admin(group, "GroupPolicyList", where)));
        }
        return groups;
    }

    private static List<IamRole> roles(JsonNode root, Where file, AdminPolicies policies) {
        List<IamRole> roles = new ArrayList<>();
        List<JsonNode> list = AwsValues.array(root, "RoleDetailList", file);
        for (int i = 0; i < list.size(); i++) {
            JsonNode role = list.get(i);
            Where where = file.in("RoleDetailList[" + i + "]" + AdminPolicies.named(role, "RoleName"));
            String name = AwsValues.text(role, "RoleName", where);
            String arn = AwsValues.text(role, "Arn", where);
            List<TrustGrant> grants = TrustPolicy.read(role.get("AssumeRolePolicyDocument"), where, "AssumeRolePolicyDocument");
            roles.add(new IamRole(account(arn, where), name, arn, policies.admin(role, "RolePolicyList", where), grants));
        }
        return roles;
    }

    private static String account(String arn, Where where) {
        return Arn.parse(arn).map(Arn::account).filter(a -> a.matches("\\d{12}"))
                .orElseThrow(() -> where.fail("Arn", "not an IAM ARN with a 12-digit account id: '" + arn + "'"));
    }
}
