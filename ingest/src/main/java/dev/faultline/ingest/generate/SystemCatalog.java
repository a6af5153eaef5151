package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * What systems a tenant holds: three fixed ones per kind of tenant (0: its mail service or main
 * account, 1: its admin portal, 2: a high-value resource), then generic applications.
 */
final class SystemCatalog {

    /** A system as the catalog describes it. */
    record Spec(String name, String kind, String criticality, boolean requiresMfa) {

        Spec(String name, String kind, String criticality) {
            this(name, kind, criticality, true);
        }

        boolean mailbox() {
            return "mailbox".equals(kind);
        }
    }

    static final int FIXED = 3;
    static final int MAIL = 0;
    static final int ADMIN_PORTAL = 1;

    private static final String[] APPLICATIONS = {
        "Payroll", "CRM", "ERP", "HR Portal", "Expenses", "Wiki", "Ticketing", "Data Warehouse",
        "Analytics", "Build Server", "Artifact Repository", "Billing", "Customer Portal",
        "Partner Portal", "Document Management", "Intranet", "Travel Booking", "Learning Portal",
        "Treasury", "Procurement", "Contract Management", "Marketing Automation", "Call Center",
        "Inventory", "Logistics", "Quality Management", "Research Lab", "Backup Vault",
    };
    private static final String[] GENERIC_KINDS = {
        "application", "application", "application", "application", "application", "application",
        "database", "database", "file-share", "resource", "resource", "mailbox", "vpn", "other",
    };
    private static final String[] CLOUD_KINDS = {
        "aws-account", "aws-account", "aws-account", "database", "database", "resource", "resource",
        "resource", "application",
    };

    private SystemCatalog() {
    }

    /** A tenant's systems: about one per 500 identities, at least the fixed ones. */
    static List<Spec> forTenant(TenantKind kind, int identities, Rng rng) {
        int count = Math.max(FIXED, Math.round(identities / 500f));
        List<Spec> systems = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            systems.add(s < FIXED ? fixed(kind, s) : generic(kind, s, rng));
        }
        return systems;
    }

    static Spec fixed(TenantKind kind, int index) {
        return switch (kind) {
            case ENTRA -> pick(index, new Spec("Exchange Online", "mailbox", "critical"),
                    new Spec("Entra admin center", "admin-portal", "critical"),
                    new Spec("Azure production subscription", "resource", "high"));
            case AD -> pick(index, new Spec("Exchange Server", "mailbox", "high"),
                    new Spec("Domain controllers", "admin-portal", "critical"),
                    new Spec("Corporate file shares", "file-share", "high"));
            case OKTA -> pick(index, new Spec("Webmail", "mailbox", "high"),
                    new Spec("Okta Admin Console", "admin-portal", "critical"),
                    new Spec("Remote access VPN", "vpn", "high"));
            case AWS -> pick(index, new Spec("Production account", "aws-account", "critical"),
                    new Spec("AWS Management Console", "admin-portal", "critical"),
                    new Spec("Customer database", "database", "critical"));
            case GOOGLE -> pick(index, new Spec("Gmail", "mailbox", "high"),
                    new Spec("Google Admin console", "admin-portal", "critical"),
                    new Spec("Shared drives", "file-share", "medium"));
            case GITHUB -> pick(index, new Spec("Source repositories", "resource", "critical"),
                    new Spec("Organization settings", "admin-portal", "critical"),
                    new Spec("Actions runners", "application", "high"));
        };
    }

    private static Spec pick(int index, Spec... specs) {
        return specs[index];
    }

    /** A generic system, its name made unique by its index. */
    static Spec generic(TenantKind kind, int index, Rng rng) {
        String systemKind = rng.pick(kind == TenantKind.AWS ? CLOUD_KINDS : GENERIC_KINDS);
        String name = rng.pick(APPLICATIONS) + suffix(systemKind) + " " + index;
        String criticality = criticality(rng.unit());
        boolean requiresMfa = !"low".equals(criticality) || rng.chance(0.5);
        return new Spec(name, systemKind, criticality, requiresMfa);
    }

    private static String suffix(String systemKind) {
        return switch (systemKind) {
            case "mailbox" -> " shared mailbox";
            case "aws-account" -> " account";
            case "database" -> " database";
            case "file-share" -> " share";
            case "vpn" -> " VPN";
            default -> "";
        };
    }

    private static String criticality(double u) {
        if (u < 0.05) {
            return "critical";
        }
        if (u < 0.25) {
            return "high";
        }
        return u < 0.75 ? "medium" : "low";
    }
}
