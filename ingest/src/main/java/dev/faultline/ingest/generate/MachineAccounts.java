package dev.faultline.ingest.generate;

/** Names non-human identities the way each kind of directory shows them. */
final class MachineAccounts {

    private static final String[] APPS = {
        "payroll", "crm", "erp", "backup", "monitoring", "billing", "reporting", "etl", "ci", "deploy",
        "scanner", "mail-relay", "sftp", "ticketing", "analytics", "search", "data-lake", "hr-sync",
        "invoice", "inventory", "printer", "siem", "vault", "sharepoint-sync",
    };
    private static final String[] AGENTS = {
        "support-copilot", "sales-assistant", "code-review", "it-helpdesk", "finance-analyst", "hr-chatbot",
    };
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private MachineAccounts() {
    }

    /** The account of non-human identity {@code index}, the {@code number}-th of its kind. */
    static Account account(TenantPlan tenant, int index, IdentityKind kind, int number, long bits) {
        String app = APPS[number % APPS.length];
        String label = Text.padded(app + "-", number, 5);
        String sid = tenant.kind() == TenantKind.AD ? HumanAccounts.sid(tenant, index) : null;
        return switch (kind) {
            case SERVICE_PRINCIPAL -> plain(label + "-app", title(app) + " connector");
            case MANAGED_IDENTITY -> plain("mi-" + label, "Managed identity for " + app);
            case SERVICE_ACCOUNT -> serviceAccount(tenant, label, app, sid);
            case API_KEY -> plain("key-" + label, title(app) + " API key");
            case ACCESS_KEY -> plain(accessKeyId(bits), "svc-" + app + " access key");
            case TOKEN -> plain((tenant.kind() == TenantKind.GITHUB ? "pat-" : "api-token-") + label,
                    title(app) + " token");
            case WORKLOAD -> plain(workload(tenant, label), title(app) + " workload");
            case AI_AGENT -> plain(Text.padded("agent-" + AGENTS[number % AGENTS.length] + "-", number, 4),
                    title(AGENTS[number % AGENTS.length]) + " agent");
            default -> throw new IllegalArgumentException("not a non-human kind: " + kind);
        };
    }

    private static Account plain(String name, String displayName) {
        return new Account(name, displayName, null, null, false, null, null);
    }

    private static Account serviceAccount(TenantPlan tenant, String label, String app, String sid) {
        String display = title(app) + " service account";
        return switch (tenant.kind()) {
            case ENTRA, AD -> {
                String name = "svc-" + label;
                yield new Account(name, display, null, name + "@" + tenant.identity().upnDomain(), false, sid, null);
            }
            case GOOGLE -> plain(label + "@" + tenant.company().slug() + "-prod.iam.gserviceaccount.com", display);
            default -> plain("svc-" + label, display);
        };
    }

    private static String workload(TenantPlan tenant, String label) {
        return switch (tenant.kind()) {
            case AWS -> "role/" + label + "-deploy";
            case GITHUB -> "repo:" + tenant.company().slug() + "/" + label + ":ref:refs/heads/main";
            default -> "wif-" + label;
        };
    }

    private static String accessKeyId(long bits) {
        char[] id = new char[20];
        id[0] = 'A';
        id[1] = 'K';
        id[2] = 'I';
        id[3] = 'A';
        long rest = bits;
        for (int i = 4; i < id.length; i++) {
            id[i] = BASE32[(int) (rest & 31)];
            rest = i == 15 ? Draw.mix(bits) : rest >>> 5;
        }
        return new String(id);
    }

    private static String title(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
