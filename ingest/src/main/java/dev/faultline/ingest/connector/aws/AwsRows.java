package dev.faultline.ingest.connector.aws;

import java.util.HashSet;
import java.util.Set;

import dev.faultline.ingest.connector.BundleRows;

/**
 * The bundle rows being derived, with the bookkeeping the AWS mappers share: which node keys were
 * emitted (so that no row references an object that is not emitted, and an object read twice is
 * written once) and which relationships (so that none is written twice).
 */
final class AwsRows {

    private final BundleRows rows;
    private final Set<String> nodes = new HashSet<>();
    private final Set<String> links = new HashSet<>();

    AwsRows(BundleRows rows) {
        this.rows = rows;
    }

    BundleRows rows() {
        return rows;
    }

    /** Starts a node row with {@code id}, or returns null when that key was already emitted. */
    BundleRows.Row node(String file, String key) {
        if (!nodes.add(key) || !rows.claim(key)) {
            return null;
        }
        return rows.add(file).set("id", key);
    }

    boolean has(String key) {
        return nodes.contains(key);
    }

    /** Starts a relationship row, or returns null when the same one (file and ends) was already written. */
    BundleRows.Row link(String file, String identity) {
        return links.add(file + "|" + identity) ? rows.add(file) : null;
    }

    /** The tenant of an account whose export is read, or which a trust policy names. */
    String account(String account) {
        String key = AwsKeys.tenant(account);
        tenant(key, "AWS account " + account, "aws", account);
        return key;
    }

    /** A tenant row (no-op when already emitted). */
    void tenant(String key, String name, String kind, String externalId) {
        BundleRows.Row row = node("tenants.csv", key);
        if (row != null) {
            row.set("name", name).set("kind", kind).set("external_id", externalId);
        }
    }

    /**
     * Gives {@code principal} (an identity or group) the account's synthetic privileged role
     * {@code account administrator}, emitting the role the first time.
     */
    void accountAdmin(String account, String principal) {
        String role = AwsKeys.accountAdmin(account);
        BundleRows.Row roleRow = node("roles.csv", role);
        if (roleRow != null) {
            roleRow.set("tenant", AwsKeys.tenant(account))
                    .set("name", "account administrator (root user or an attached admin policy)")
                    .set("privileged", true);
        }
        assign(principal, role, account);
    }

    /** A role assignment, active, scoped to the account. */
    void assign(String principal, String role, String account) {
        BundleRows.Row row = link("role_assignments.csv", principal + "|" + role);
        if (row != null) {
            row.set("principal", principal).set("role", role).set("assignment", "active").set("scope", account);
        }
    }
}
