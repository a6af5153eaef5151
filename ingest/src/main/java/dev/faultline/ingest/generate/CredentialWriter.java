package dev.faultline.ingest.generate;

/**
 * Writes credentials.csv: the secrets of non-human identities. Service principals hold a client
 * secret and often a certificate, service accounts a password, keys and tokens themselves, workloads
 * a federated credential, managed identities none. Some have expired, many were never rotated, a
 * few have leaked.
 */
final class CredentialWriter {

    private static final double LEAKED_SHARE = 0.003;

    private final Enterprise enterprise;

    CredentialWriter(Enterprise enterprise) {
        this.enterprise = enterprise;
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Rng rng = enterprise.rng(BundleFile.CREDENTIALS, tenant.index());
            IdentityBlocks blocks = tenant.blocks();
            for (int i = blocks.humans(); i < blocks.total(); i++) {
                IdentityKind kind = blocks.kindOf(i);
                boolean disabled = Population.DISABLED.equals(enterprise.population().status(tenant, i, kind));
                String first = firstKind(tenant.kind(), kind);
                if (first != null) {
                    row(out, tenant, i, 1, first, disabled, rng);
                }
                if (kind == IdentityKind.SERVICE_PRINCIPAL && rng.chance(0.4)) {
                    row(out, tenant, i, 2, "certificate", disabled, rng);
                }
            }
        }
    }

    private static String firstKind(TenantKind tenantKind, IdentityKind kind) {
        return switch (kind) {
            case SERVICE_PRINCIPAL -> "client-secret";
            case SERVICE_ACCOUNT -> tenantKind == TenantKind.GOOGLE ? "certificate" : "password";
            case API_KEY -> "api-token";
            case ACCESS_KEY -> "access-key";
            case TOKEN -> tenantKind == TenantKind.GITHUB ? "personal-access-token" : "api-token";
            case WORKLOAD -> "federated";
            case AI_AGENT -> tenantKind == TenantKind.ENTRA ? "client-secret" : "api-token";
            default -> null;
        };
    }

    private static void row(CsvOut out, TenantPlan tenant, int identity, int number, String kind, boolean disabled,
                            Rng rng) {
        String identityPrefix = tenant.identityPrefix(identity);
        out.key(tenant.id() + "/c/", identity, TenantPlan.IDENTITY_WIDTH).append("-" + number).ref(tenant.id())
                .refKey(identityPrefix, identity, TenantPlan.IDENTITY_WIDTH).text(kind)
                .text(disabled || rng.chance(0.05) ? "inactive" : "active");
        long created = Timestamps.daysAgo(rng, 10, 2500);
        out.dateTime(created);
        long expires = expires(kind, created, rng);
        optional(out, expires);
        optional(out, lastUsed(created, expires, rng));
        optional(out, rotated(kind, created, rng));
        optional(out, rng.chance(LEAKED_SHARE) ? Math.max(created, Timestamps.daysAgo(rng, 1, 200)) : -1);
        out.end();
    }

    /** -1: never expires. */
    private static long expires(String kind, long created, Rng rng) {
        return switch (kind) {
            case "client-secret" -> Timestamps.daysAfter(created, rng, 180, 730);
            case "certificate" -> Timestamps.daysAfter(created, rng, 365, 1095);
            case "api-token" -> rng.chance(0.5) ? -1 : Timestamps.daysAfter(created, rng, 90, 365);
            case "personal-access-token" -> rng.chance(0.3) ? -1 : Timestamps.daysAfter(created, rng, 30, 365);
            default -> -1;
        };
    }

    /** -1: never used; a credential is not used after it expired. */
    private static long lastUsed(long created, long expires, Rng rng) {
        if (rng.chance(0.1)) {
            return -1;
        }
        long used = Math.max(created, Timestamps.daysAgo(rng, 0, 60));
        return expires < 0 ? used : Math.min(used, expires - rng.below((int) Timestamps.DAY));
    }

    /** Rotatable secrets: four in ten never rotated since created. -1 for the others. */
    private static long rotated(String kind, long created, Rng rng) {
        if (kind.equals("federated") || kind.equals("certificate")) {
            return -1;
        }
        return rng.chance(0.4) ? created : Math.max(created, Timestamps.daysAgo(rng, 0, 400));
    }

    private static void optional(CsvOut out, long instant) {
        if (instant < 0) {
            out.empty();
        } else {
            out.dateTime(instant);
        }
    }
}
