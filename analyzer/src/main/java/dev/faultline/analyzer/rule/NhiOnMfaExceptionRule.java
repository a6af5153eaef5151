package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * Non-human identities that work around MFA: excluded from an MFA policy, user accounts used as
 * service accounts with a password and no MFA, or signing in interactively like a person.
 */
public final class NhiOnMfaExceptionRule extends PatternRule {

    public NhiOnMfaExceptionRule() {
        super(new RuleInfo("nhi-on-mfa-exception",
                "Non-human identity kept working through an MFA exclusion",
                "An MFA exclusion for a service identity, or a user account run by a program with a password,"
                        + " is a sign-in path that a stolen password alone opens; an interactive sign-in shows"
                        + " a person using the identity, out of reach of the controls meant for people.",
                "Give the workload a non-interactive identity (service principal or managed identity with a"
                        + " certificate or federated credential), then remove it from the MFA exclusion and"
                        + " disable its password; stop people from signing in as it.",
                List.of("PR.AA-03", "PR.AA-05", "NHI4", "NHI10")));
    }
}
