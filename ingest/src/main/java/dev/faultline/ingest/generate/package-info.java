/**
 * Generates a synthetic merged enterprise as a Faultline bundle ({@code faultline generate}).
 *
 * <p>{@link dev.faultline.ingest.generate.SyntheticEnterprise} plans one organization, its business
 * units (the acquirer and one per acquisition) and its tenants, then streams every file of the
 * bundle format ({@code docs/bundle-format.md}) to disk. Nothing is held per identity: every
 * attribute that another file needs (kind, status, the person behind an account) is a pure
 * function of the seed, the tenant and the identity's index, so a million identities need a few
 * megabytes of memory and the same settings always give byte-identical files.
 */
package dev.faultline.ingest.generate;
