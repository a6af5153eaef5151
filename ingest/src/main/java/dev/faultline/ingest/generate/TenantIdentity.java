package dev.faultline.ingest.generate;

/**
 * How a tenant names itself and its objects: display name, the directory's own id, domains, the
 * AD domain SID (AD only) and the key prefixes of its entities.
 *
 * @param domainSid  {@code S-1-5-21-...} for an AD tenant, null otherwise
 * @param roleScope  the {@code scope} of its role assignments
 */
record TenantIdentity(String name, String externalId, String primaryDomain, String upnDomain,
                      String domainSid, String roleScope, String status, String humanPrefix,
                      String nonHumanPrefix, String groupPrefix, String systemPrefix) {

    /** Derives names and ids of a tenant from its company, kind and random bits. */
    static TenantIdentity of(String id, TenantKind kind, Company company, boolean retiring, Rng rng) {
        String domain = company.domain();
        String sid = kind == TenantKind.AD ? "S-1-5-21-" + rng.between(1_000_000_000, 2_000_000_000) + "-"
                + rng.between(1_000_000_000, 2_000_000_000) + "-" + rng.between(1_000_000_000, 2_000_000_000) : null;
        String externalId = switch (kind) {
            case ENTRA -> uuid(rng);
            case AD -> sid;
            case OKTA -> "https://" + company.slug() + ".okta.com";
            case AWS -> Long.toString(100_000_000_000L + (rng.nextLong() >>> 1) % 900_000_000_000L);
            case GOOGLE -> "C0" + Long.toString((rng.nextLong() >>> 1) % 60_000_000_000L + 2_000_000_000L, 36);
            case GITHUB -> company.slug();
        };
        String primaryDomain = switch (kind) {
            case AD -> "corp." + domain;
            case AWS, GITHUB -> null;
            default -> domain;
        };
        String upnDomain = kind == TenantKind.AD ? "corp." + domain : domain;
        String name = company.name() + " " + kind.displayName();
        return new TenantIdentity(name, externalId, primaryDomain, upnDomain, sid, roleScope(kind, domain, externalId),
                retiring ? "retiring" : "active", id + "/u/", id + "/n/", id + "/g/", id + "/s/");
    }

    private static String roleScope(TenantKind kind, String domain, String externalId) {
        return switch (kind) {
            case AD -> "DC=corp,DC=" + domain.replace(".", ",DC=");
            case AWS -> "arn:aws:iam::" + externalId + ":root";
            case GITHUB -> "org:" + externalId;
            default -> "/";
        };
    }

    private static String uuid(Rng rng) {
        String hex = Text.format("%016x%016x", rng.nextLong(), rng.nextLong());
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a"
                + hex.substring(17, 20) + "-" + hex.substring(20, 32);
    }
}
