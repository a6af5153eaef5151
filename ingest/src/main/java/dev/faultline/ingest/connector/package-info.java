/**
 * Connectors: exports of the tools people already run (Entra ID, Okta, SharpHound, AWS IAM,
 * BloodHound OpenGraph), each mapped by a pure transform into bundle rows that the loader then
 * validates and writes like any bundle. One sub-package per source.
 */
package dev.faultline.ingest.connector;
