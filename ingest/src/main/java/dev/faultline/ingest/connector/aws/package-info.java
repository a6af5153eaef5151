/**
 * The AWS IAM connector: {@code aws iam get-account-authorization-details} JSON (users, groups,
 * roles with their trust policies, managed policies) joined with the IAM credential report (CSV, or
 * the CLI's {@code get-credential-report} JSON with the CSV in base64), mapped into bundle rows: one
 * tenant per account, users and the root user as identities, passwords and access keys as
 * credentials, groups, roles, and role trust policies as trusts between accounts and identity
 * providers, with whether they demand MFA.
 */
package dev.faultline.ingest.connector.aws;
