package dev.faultline.ingest.connector.aws;

import java.time.OffsetDateTime;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Maps IAM users (authorization details, credential report, or both joined by account and user
 * name) to identities, and their password, access keys and signing certificates to credentials.
 */
final class IdentityMapper {

    private final AwsRows rows;

    IdentityMapper(AwsRows rows) {
        this.rows = rows;
    }

    /**
     * @param user   null when only the credential report names the user (always so for the root user)
     * @param report null when there is no credential report row for the user
     */
    void identity(IamUser user, CredentialReportRow report) {
        String account = user != null ? user.account() : report.account();
        boolean root = report != null && report.root();
        String key = root ? AwsKeys.root(account) : AwsKeys.user(account, user != null ? user.name() : report.user());
        BundleRows.Row row = rows.node("identities.csv", key);
        if (row == null) {
            return;
        }
        OffsetDateTime created = user != null && user.created() != null ? user.created() : report == null ? null : report.created();
        row.set("tenant", rows.account(account)).set("kind", kind(report))
                .set("name", root ? "root" : user != null ? user.name() : report.user())
                .set("status", "active").set("created", created)
                .set("source_id", user != null ? user.arn() : report.arn());
        if (report != null) {
            row.set("mfa_registered", report.mfaActive()).set("last_sign_in", report.lastUse())
                    .set("last_interactive_sign_in", report.passwordLastUsed());
            credentials(key, account, report);
        }
        if (root || (user != null && user.admin())) {
            rows.accountAdmin(account, key);
        }
    }

    /** Root: admin. Console password: member. Only access keys or certificates: service account. Otherwise member. */
    static String kind(CredentialReportRow report) {
        if (report == null) {
            return "member";
        }
        if (report.root()) {
            return "admin";
        }
        return !report.console() && report.programmatic() ? "service-account" : "member";
    }

    private void credentials(String identity, String account, CredentialReportRow report) {
        String tenant = AwsKeys.tenant(account);
        if (report.console()) {
            BundleRows.Row row = rows.node("credentials.csv", identity + "/password");
            if (row != null) {
                row.set("tenant", tenant).set("identity", identity).set("kind", "password").set("status", "active")
                        .set("last_used", report.passwordLastUsed()).set("last_rotated", report.passwordLastChanged())
                        .set("expires", report.passwordNextRotation());
            }
        }
        for (KeySlot key : report.accessKeys()) {
            slot(identity, tenant, key, "access-key");
        }
        for (KeySlot certificate : report.certificates()) {
            slot(identity, tenant, certificate, "certificate");
        }
    }

    private void slot(String identity, String tenant, KeySlot slot, String kind) {
        BundleRows.Row row = slot.exists() ? rows.node("credentials.csv", identity + "/" + kind + "-" + slot.slot()) : null;
        if (row != null) {
            row.set("tenant", tenant).set("identity", identity).set("kind", kind)
                    .set("status", slot.active() ? "active" : "inactive").set("created", slot.lastRotated())
                    .set("last_rotated", slot.lastRotated()).set("last_used", slot.lastUsed());
        }
    }
}
