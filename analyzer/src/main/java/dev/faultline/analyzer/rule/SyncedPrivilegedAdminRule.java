package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * Privileged cloud roles held, directly or through groups, by accounts synced from an on-premises
 * directory.
 */
public final class SyncedPrivilegedAdminRule extends PatternRule {

    public SyncedPrivilegedAdminRule() {
        super(new RuleInfo("synced-privileged-admin",
                "Privileged cloud role held by an account synced from on-premises",
                "Whoever controls the on-premises directory (a domain admin, a compromised sync server, a password "
                        + "reset in AD) controls the synced account, and with it the cloud role: an on-premises "
                        + "compromise becomes a cloud tenant takeover without ever meeting cloud MFA.",
                "Give the role to a separate cloud-only admin account with phishing-resistant MFA, and remove it "
                        + "from the synced account (or its group).",
                List.of("PR.AA-05", "PR.AA-01", "ID.RA-01")));
    }
}
