package dev.faultline.ingest.connector.sharphound;

import java.util.Set;

/**
 * The groups whose members control a domain or forest, recognised by well-known RID so that a
 * renamed or localised group is still found: the Tier Zero groups of BloodHound.
 * Domain-relative: 512 Domain Admins, 516 Domain Controllers, 518 Schema Admins, 519 Enterprise
 * Admins, 526 Key Admins, 527 Enterprise Key Admins. Builtin ({@code S-1-5-32-}): 544
 * Administrators, 548 Account Operators, 549 Server Operators, 550 Print Operators, 551 Backup
 * Operators. And {@code S-1-5-9} Enterprise Domain Controllers.
 */
final class PrivilegedGroups {

    private static final Set<String> DOMAIN_RIDS = Set.of("512", "516", "518", "519", "526", "527");
    private static final Set<String> BUILTIN_RIDS = Set.of("544", "548", "549", "550", "551");
    private static final String ENTERPRISE_DOMAIN_CONTROLLERS = "S-1-5-9";

    private PrivilegedGroups() {
    }

    static boolean isPrivileged(AdPrincipal group) {
        String sid = group.sid();
        String rid = sid.substring(sid.lastIndexOf('-') + 1);
        if (sid.startsWith("S-1-5-21-")) {
            return DOMAIN_RIDS.contains(rid);
        }
        if (sid.startsWith("S-1-5-32-")) {
            return BUILTIN_RIDS.contains(rid);
        }
        return sid.equals(ENTERPRISE_DOMAIN_CONTROLLERS);
    }
}
