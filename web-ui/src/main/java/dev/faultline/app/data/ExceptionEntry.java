package dev.faultline.app.data;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One MFA exception of the register.
 *
 * @param policyKey            the policy it exempts from; null when none is in the graph
 * @param subjectKey           the exempted identity, group or role; null when none is in the graph
 * @param subjectLabels        the subject's labels, main one first
 * @param ownerKey             the accountable owner: the exception's, else the policy's, else the tenant's; null when nobody
 * @param ownerStatus          {@code active}, {@code disabled}, {@code departed} or {@code missing}
 * @param ownerVia             {@code exception}, {@code policy}, {@code tenant} or {@code none}
 * @param approverKey          null when no approver is recorded
 * @param expiresAt            null: never expires
 * @param expired              expiresAt is before the register's instant
 * @param identities           identities it covers (the subject, nested group members or role holders)
 * @param privilegedIdentities of those, holding a privileged role (directly or through groups) or in a privileged group
 * @param nhis                 of those, non-human identities
 * @param findings             keys of the analysis run's findings about it, sorted
 */
public record ExceptionEntry(String key, String tenant, String policyKey, String policyName, String policyState,
        String policyControl, String subjectKey, String subjectName, List<String> subjectLabels, String ownerKey,
        String ownerName, String ownerStatus, String ownerVia, String approverKey, String approverName,
        String justification, String ticket, OffsetDateTime createdAt, OffsetDateTime expiresAt, boolean expired,
        long identities, long privilegedIdentities, long nhis, List<String> findings) {

    public ExceptionEntry {
        subjectLabels = List.copyOf(subjectLabels);
        findings = List.copyOf(findings);
    }
}
