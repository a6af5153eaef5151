package dev.faultline.ingest.generate;

/**
 * Writes credentials.csv: the secrets of non-human identities. Service principals hold a client
 * secret and often a certificate, service accounts a password (a certificate in Entra and Google),
 * keys and tokens themselves, workloads a federated credential, managed identities none. The
 * background keeps them healthy: rotated within the year, valid for at most two years, used in
 * the last two months, never leaked; inactive only on disabled identities. Planted stale secrets
 * follow.
 */
final class CredentialWriter {

    private final Enterprise enterprise;
    private final Plants plants;

    CredentialWriter(Enterprise enterprise, Plants plants) {
        this.enterprise = enterprise;
        this.plants = plants;
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Rng rng = enterprise.rng(BundleFile.CREDENTIALS, tenant.index());
            IdentityBlocks blocks = tenant.blocks();
            for (int i = blocks.humans(); i < blocks.total(); i++) {
                IdentityKind kind = blocks.kindOf(i);
                boolean disabled = Population.DISABLED.equals(enterprise.population().status(tenant, i, kind));
                String first = firstKind(tenant.kind(), kind);
                Plants.IdentityPlant plant = plants.find(tenant.index(), i);
                if (first != null && plant != null && plant.firstCredentialKind != null) {
                    first = plant.firstCredentialKind;
                }
                if (first != null) {
                    row(out, tenant, i, 1, first, disabled, rng);
                }
                if (kind == IdentityKind.SERVICE_PRINCIPAL && rng.chance(0.4)) {
                    row(out, tenant, i, 2, "certificate", disabled, rng);
                }
            }
        }
        PlantedRows.write(out, plants.rows(BundleFile.CREDENTIALS));
    }

    /** The credential an identity of the kind signs in with; null for managed identities. */
    static String firstKind(TenantKind tenantKind, IdentityKind kind) {
        return switch (kind) {
            case SERVICE_PRINCIPAL -> "client-secret";
            case SERVICE_ACCOUNT -> tenantKind == TenantKind.GOOGLE || tenantKind == TenantKind.ENTRA
                    ? "certificate" : "password";
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
                .text(disabled ? "inactive" : "active");
        boolean rotatable = !kind.equals("federated") && !kind.equals("certificate");
        long created = Timestamps.daysAgo(rng, 10, rotatable ? 700 : 330);
        out.dateTime(created);
        optional(out, expires(kind, created, rng));
        out.dateTime(Math.max(created, Timestamps.daysAgo(rng, 0, 60)));
        optional(out, rotatable ? Math.max(created, Timestamps.daysAgo(rng, 0, 300)) : -1);
        out.empty();
        out.end();
    }

    /** Between two weeks from now and two years after creation; -1 (never) for keys, passwords and federation. */
    private static long expires(String kind, long created, Rng rng) {
        if (!kind.equals("client-secret") && !kind.equals("certificate") && !kind.equals("api-token")
                && !kind.equals("personal-access-token")) {
            return -1;
        }
        long earliest = Timestamps.NOW + 14 * Timestamps.DAY;
        long latest = created + 720 * Timestamps.DAY;
        return earliest + (long) (rng.unit() * (latest - earliest));
    }

    private static void optional(CsvOut out, long instant) {
        if (instant < 0) {
            out.empty();
        } else {
            out.dateTime(instant);
        }
    }
}
