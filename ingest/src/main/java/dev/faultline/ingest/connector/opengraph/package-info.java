/**
 * The BloodHound OpenGraph connector: generic {@code {"metadata","graph":{"nodes","edges"}}} JSON
 * written by community collectors (EntraAuthPolicyHound, OktaHound, OpenHound...). Known node and
 * edge kinds (users, groups, roles, applications, computers, domains and tenants; membership, role,
 * ownership, trust and credential-reset edges) map into the model; every other node and edge is
 * kept as a generic node or edge, so nothing the collector said is lost.
 */
package dev.faultline.ingest.connector.opengraph;
