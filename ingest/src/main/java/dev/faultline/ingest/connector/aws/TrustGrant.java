package dev.faultline.ingest.connector.aws;

/**
 * One principal that a role's trust policy allows to assume the role.
 *
 * @param type        which principal element named it
 * @param principal   as written: an ARN, an account id, {@code *}, a provider ARN or host, a service name
 * @param mfaRequired whether the statement (or a Deny of the same document) demands MFA of the caller
 */
record TrustGrant(Type type, String principal, boolean mfaRequired) {

    /** The keys of a policy's {@code Principal} object. */
    enum Type {
        /** {@code "AWS"} (or the bare {@code "*"}): accounts, users, roles, role sessions, everyone. */
        AWS,
        /** {@code "Federated"}: a SAML or OIDC provider, or a web identity provider such as Cognito. */
        FEDERATED,
        /** {@code "Service"}: an AWS service such as {@code ec2.amazonaws.com}. */
        SERVICE,
        /** {@code "CanonicalUser"}: an S3 canonical user id. */
        CANONICAL_USER
    }
}
