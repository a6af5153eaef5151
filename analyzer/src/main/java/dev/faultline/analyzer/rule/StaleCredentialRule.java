package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * Secrets of non-human identities that are expired but still present, too old, never rotated,
 * unused, long-lived, or leaked and left active past the remediation target: each is a key that
 * works for whoever holds a copy, long after anyone watches it.
 */
public final class StaleCredentialRule extends PatternRule {

    public StaleCredentialRule() {
        super(new RuleInfo("stale-credential",
                "Stale secret of a non-human identity",
                "A secret that is expired but still present, never rotated, unused for months, valid for years"
                        + " or leaked and still active is a standing key to everything its identity can reach;"
                        + " nobody notices when it is used by someone else.",
                "Revoke the secret if it is leaked, expired or unused; otherwise rotate it now and give it an"
                        + " expiry within the maximum secret age, or replace it with a workload identity"
                        + " (managed identity, OIDC federation) that has no secret.",
                List.of("PR.AA-01", "ID.RA-01", "NHI2", "NHI7")));
    }
}
