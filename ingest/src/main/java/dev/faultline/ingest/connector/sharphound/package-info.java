/**
 * The SharpHound connector: Active Directory as collected by SharpHound (BloodHound CE JSON,
 * versions 5 and 6), as loose files, a directory or the zip SharpHound writes. Domains become
 * tenants (with their trusts), users identities with a password credential, groups groups (the
 * well-known privileged ones also a privileged role), computers systems. AD has no MFA: what this
 * connector loads is what reaches cloud systems through sync (the SID is kept for Entra's
 * {@code onPremisesSecurityIdentifier}) and through trusts.
 */
package dev.faultline.ingest.connector.sharphound;
