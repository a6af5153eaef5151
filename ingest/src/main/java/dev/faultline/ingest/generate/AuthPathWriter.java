package dev.faultline.ingest.generate;

/**
 * Writes auth_paths.csv: a modern path (with MFA, mostly) to every system; legacy mail protocols
 * into the mail services of acquired tenants (the whole tenant) and of the acquirer (its legacy
 * mail group); NTLM and LDAP simple binds in AD; AWS console passwords; a few service accounts and
 * people on SMTP AUTH or IMAP. Every legacy path of the background is blocked (MFA enforced on it,
 * as a legacy-authentication block does); the planted bypasses follow.
 */
final class AuthPathWriter {

    private static final String[] MAIL_LEGACY = {"imap", "pop3", "smtp-auth", "exchange-activesync", "ews-basic"};

    private final Enterprise enterprise;
    private final Plants plants;

    AuthPathWriter(Enterprise enterprise, Plants plants) {
        this.enterprise = enterprise;
        this.plants = plants;
    }

    void write(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            Paths paths = new Paths(tenant, out, enterprise.rng(BundleFile.AUTH_PATHS, tenant.index()));
            modern(paths, tenant);
            legacy(paths, tenant);
            identities(paths, tenant);
        }
        PlantedRows.write(out, plants.rows(BundleFile.AUTH_PATHS));
    }

    private static void modern(Paths paths, TenantPlan tenant) {
        Rng rng = paths.rng();
        for (int s = 0; s < tenant.systems(); s++) {
            String subject = rng.chance(0.7) ? tenant.id() : tenant.groupKey(rng.skewed(TenantPlan.FIRST_DEPARTMENT,
                    tenant.groups()));
            boolean mfa = tenant.system(s).requiresMfa() && rng.chance(0.93);
            paths.path(subject, tenant.systemKey(s), modernProtocol(tenant.kind(), rng), mfa);
        }
    }

    private static String modernProtocol(TenantKind kind, Rng rng) {
        return switch (kind) {
            case ENTRA -> rng.pick(new String[] {"oidc", "saml", "oauth"});
            case AD -> "kerberos";
            case OKTA -> rng.pick(new String[] {"saml", "oidc"});
            case AWS -> "saml";
            case GOOGLE -> rng.pick(new String[] {"saml", "oauth"});
            case GITHUB -> rng.pick(new String[] {"saml", "ssh-key"});
        };
    }

    private static void legacy(Paths paths, TenantPlan tenant) {
        int mail = tenant.mailSystem();
        if (mail >= 0) {
            String subject = tenant.company().acquired() ? tenant.id() : tenant.groupKey(TenantPlan.LEGACY_MAIL_GROUP);
            int first = paths.rng().below(MAIL_LEGACY.length);
            int count = paths.rng().between(2, 4);
            for (int k = 0; k < count; k++) {
                paths.path(subject, tenant.systemKey(mail), MAIL_LEGACY[(first + k) % MAIL_LEGACY.length], true);
            }
        }
        if (tenant.kind() == TenantKind.AD) {
            paths.path(tenant.id(), tenant.systemKey(2), "ntlm", true);
            paths.path(tenant.id(), tenant.systemKey(SystemCatalog.ADMIN_PORTAL), "ldap-simple", true);
        }
        if (tenant.kind() == TenantKind.AWS) {
            paths.path(tenant.id(), tenant.systemKey(SystemCatalog.ADMIN_PORTAL), "basic-auth", true);
        }
    }

    /** Service accounts relaying mail over SMTP AUTH; people of acquired tenants on IMAP or POP3. */
    private static void identities(Paths paths, TenantPlan tenant) {
        int mail = tenant.mailSystem();
        if (mail < 0) {
            return;
        }
        Rng rng = paths.rng();
        IdentityBlocks blocks = tenant.blocks();
        for (int i = blocks.start(IdentityKind.SERVICE_ACCOUNT); i < blocks.end(IdentityKind.SERVICE_ACCOUNT); i++) {
            if (rng.chance(0.05)) {
                paths.path(tenant.identityKey(i), tenant.systemKey(mail), "smtp-auth", true);
            }
        }
        if (!tenant.company().acquired()) {
            return;
        }
        for (int i = blocks.start(IdentityKind.MEMBER); i < blocks.end(IdentityKind.MEMBER); i++) {
            if (rng.chance(0.01)) {
                paths.path(tenant.identityKey(i), tenant.systemKey(mail), rng.chance(0.7) ? "imap" : "pop3", true);
            }
        }
    }

    /** Numbers and writes the paths of one tenant. */
    private static final class Paths {

        private final TenantPlan tenant;
        private final CsvOut out;
        private final Rng rng;
        private int number;

        Paths(TenantPlan tenant, CsvOut out, Rng rng) {
            this.tenant = tenant;
            this.out = out;
            this.rng = rng;
        }

        Rng rng() {
            return rng;
        }

        void path(String subject, String system, String protocol, boolean mfaEnforced) {
            out.key(tenant.id() + "/ap/", number++, 6).ref(tenant.id()).ref(subject).ref(system).text(protocol)
                    .bool(mfaEnforced).dateTime(Timestamps.daysAgo(rng, 0, 30)).end();
        }
    }
}
