package dev.faultline.ingest.generate;

/**
 * The kinds of directory a generated tenant can be, cycled in this order (tenant 0 is Entra ID,
 * tenant 1 an AD domain synced to it, and so on), with the shape of their population.
 */
enum TenantKind {
    ENTRA("entra", "Entra ID", 0.18, 0.06, 0.85,
            new String[] {"push", "push;sms", "sms", "fido2", "windows-hello;push", "passkey", "totp"},
            weights(IdentityKind.SERVICE_PRINCIPAL, 60, IdentityKind.MANAGED_IDENTITY, 22,
                    IdentityKind.SERVICE_ACCOUNT, 8, IdentityKind.WORKLOAD, 5, IdentityKind.AI_AGENT, 5)),
    AD("ad", "Active Directory", 0.14, 0.0, 0.0, new String[0],
            weights(IdentityKind.SERVICE_ACCOUNT, 100)),
    OKTA("okta", "Okta", 0.08, 0.03, 0.75,
            new String[] {"push", "push;totp", "sms", "email", "fido2", "totp"},
            weights(IdentityKind.TOKEN, 55, IdentityKind.SERVICE_PRINCIPAL, 40, IdentityKind.AI_AGENT, 5)),
    AWS("aws", "AWS account", 0.60, 0.0, 0.6, new String[] {"totp", "fido2"},
            weights(IdentityKind.ACCESS_KEY, 45, IdentityKind.SERVICE_ACCOUNT, 25,
                    IdentityKind.WORKLOAD, 25, IdentityKind.AI_AGENT, 5)),
    GOOGLE("google", "Google Workspace", 0.15, 0.04, 0.8,
            new String[] {"push", "totp", "passkey", "sms", "fido2"},
            weights(IdentityKind.SERVICE_ACCOUNT, 75, IdentityKind.API_KEY, 20, IdentityKind.AI_AGENT, 5)),
    GITHUB("github", "GitHub organization", 0.35, 0.08, 0.92,
            new String[] {"totp", "passkey", "totp;passkey", "sms"},
            weights(IdentityKind.TOKEN, 60, IdentityKind.WORKLOAD, 25,
                    IdentityKind.SERVICE_PRINCIPAL, 10, IdentityKind.AI_AGENT, 5));

    static final TenantKind[] CYCLE = values();

    private final String label;
    private final String displayName;
    private final double nonHumanShare;
    private final double guestShare;
    private final double mfaShare;
    private final String[] mfaMethods;
    private final double[] nonHumanWeights;

    TenantKind(String label, String displayName, double nonHumanShare, double guestShare,
               double mfaShare, String[] mfaMethods, double[] nonHumanWeights) {
        this.label = label;
        this.displayName = displayName;
        this.nonHumanShare = nonHumanShare;
        this.guestShare = guestShare;
        this.mfaShare = mfaShare;
        this.mfaMethods = mfaMethods;
        this.nonHumanWeights = nonHumanWeights;
    }

    private static double[] weights(Object... kindsAndWeights) {
        double[] weights = new double[IdentityKind.ALL.length];
        for (int i = 0; i < kindsAndWeights.length; i += 2) {
            weights[((IdentityKind) kindsAndWeights[i]).ordinal()] = (Integer) kindsAndWeights[i + 1];
        }
        return weights;
    }

    /** The value of the tenants.csv {@code kind} column. */
    String label() {
        return label;
    }

    String displayName() {
        return displayName;
    }

    double nonHumanShare() {
        return nonHumanShare;
    }

    double guestShare() {
        return guestShare;
    }

    /** Share of members with MFA registered; 0 where the directory has no MFA of its own (AD). */
    double mfaShare() {
        return mfaShare;
    }

    /** Registered method combinations seen in this kind of directory, as {@code ;} lists. */
    String[] mfaMethods() {
        return mfaMethods;
    }

    /** Relative weight of each non-human kind, indexed by {@link IdentityKind#ordinal()}. */
    double[] nonHumanWeights() {
        return nonHumanWeights.clone();
    }

    boolean hasBreakGlass() {
        return this == ENTRA;
    }

    /** System 0 of such a tenant is a mail service. */
    boolean hasMailbox() {
        return this == ENTRA || this == AD || this == OKTA || this == GOOGLE;
    }

    boolean hasMfa() {
        return mfaShare > 0;
    }
}
