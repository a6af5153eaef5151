package dev.faultline.ingest.connector.aws;

/** Bundle keys of AWS objects, all prefixed with their account's tenant key {@code aws:<accountId>}. */
final class AwsKeys {

    /** The tenant standing for every AWS account: a trust policy naming principal {@code "*"}. */
    static final String ANY_ACCOUNT = "aws:*";

    private AwsKeys() {
    }

    static String tenant(String account) {
        return "aws:" + account;
    }

    static String user(String account, String name) {
        return tenant(account) + "/user/" + name;
    }

    static String root(String account) {
        return tenant(account) + "/root";
    }

    static String group(String account, String name) {
        return tenant(account) + "/group/" + name;
    }

    static String role(String account, String name) {
        return tenant(account) + "/role/" + name;
    }

    /** The synthetic privileged role held by the root user and by whoever has an admin policy attached. */
    static String accountAdmin(String account) {
        return tenant(account) + "/account-admin";
    }

    static String trust(String roleKey, String trustedTenantKey) {
        return roleKey + "/trust/" + trustedTenantKey;
    }
}
