/**
 * The Okta connector: Okta Management API JSON (users, groups with members and owners, apps and
 * their assignments, sign-on and app sign-on policies with rules, factors and authenticator
 * enrollments, admin roles, identity providers, API tokens, System Log events), saved one endpoint
 * per file or as the combined response-examples document, mapped into bundle rows.
 */
package dev.faultline.ingest.connector.okta;
